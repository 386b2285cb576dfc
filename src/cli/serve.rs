//! `ftpdocs serve`: the live preview on 127.0.0.1 (never another interface), a polling
//! watcher, and a minimal HTTP/1.1 server: GET and HEAD, one request per connection.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::Args;

use ftpdocs::serve::inject::LOADED_PATH;
use ftpdocs::serve::Preview;

/// How often the watched files are compared with the last load.
const POLL: Duration = Duration::from_millis(250);
/// How long a connection may take to send its request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// The longest request head read (request line and headers).
const MAX_HEAD: u64 = 16 * 1024;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8787)]
    port: u16,
    /// Also serve the pseudo locales en-XA and ar-XB.
    #[arg(long)]
    pseudo: bool,
    /// Stop after this many seconds (default: run until interrupted).
    #[arg(long, value_name = "SECONDS")]
    stop_after: Option<u64>,
}

pub fn run(root: &Path, args: &ServeArgs) -> Result<()> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, args.port))
        .with_context(|| format!("cannot listen on 127.0.0.1:{}", args.port))?;
    let address = listener.local_addr()?;
    let preview = Arc::new(Preview::new(root, args.pseudo));
    println!("serving http://{address}/ (the preview reloads itself when content/, locales/ or site.toml change; Ctrl-C stops it)");
    std::io::stdout().flush().ok();
    let watcher = Arc::clone(&preview);
    let root_shown = root.to_path_buf();
    thread::spawn(move || loop {
        thread::sleep(POLL);
        let started = Instant::now();
        let changed = watcher.refresh();
        if !changed.is_empty() {
            let names: Vec<String> = changed
                .iter()
                .map(|p| {
                    p.strip_prefix(&root_shown)
                        .unwrap_or(p)
                        .display()
                        .to_string()
                })
                .collect();
            eprintln!(
                "changed: {} (version {}, reloaded and checked in {:.0?})",
                names.join(", "),
                watcher.version(),
                started.elapsed()
            );
        }
    });
    let deadline = args
        .stop_after
        .map(|s| Instant::now() + Duration::from_secs(s));
    if deadline.is_some() {
        listener.set_nonblocking(true)?;
    }
    loop {
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(());
        }
        match listener.accept() {
            Ok((stream, _)) => {
                stream.set_nonblocking(false).ok();
                let preview = Arc::clone(&preview);
                thread::spawn(move || answer(&preview, stream));
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => thread::sleep(POLL / 5),
            Err(e) => eprintln!("warning: a connection failed: {e}"),
        }
    }
}

fn answer(preview: &Preview, mut stream: TcpStream) {
    stream.set_read_timeout(Some(REQUEST_TIMEOUT)).ok();
    stream.set_write_timeout(Some(REQUEST_TIMEOUT)).ok();
    let mut head = Vec::new();
    let mut reader = BufReader::new((&stream).take(MAX_HEAD));
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line.trim().is_empty() => break,
            Ok(_) => head.push(line),
        }
    }
    let request = head.first().map(String::as_str).unwrap_or("");
    let mut parts = request.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let response = if !matches!(method, "GET" | "HEAD") {
        ftpdocs::serve::Response {
            status: 405,
            content_type: "text/plain; charset=utf-8",
            body: b"only GET and HEAD\n".to_vec(),
        }
    } else {
        if path == LOADED_PATH {
            log_loaded(query);
        }
        preview.respond(path)
    };
    let reason = match response.status {
        200 => "OK",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Internal Server Error",
    };
    let head = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        response.status,
        response.content_type,
        response.body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(&response.body);
    }
}

/// The page the browser shows now, as its script reports it: `loaded v3 /fr/ftp/220/ “…”`.
fn log_loaded(query: &str) {
    let field = |name: &str| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
            .map(percent_decode)
            .unwrap_or_default()
    };
    let overflow = field("overflow");
    let wider = match overflow.parse::<u32>() {
        Ok(pixels) if pixels > 0 => format!(" ({pixels} px wider than the window)"),
        _ => String::new(),
    };
    eprintln!(
        "loaded v{} {} “{}”{wider}",
        field("v"),
        field("path"),
        field("title")
    );
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
