//! `ftpdocs render`: one page to stdout, or a locale's pages to a folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Result};
use clap::Args;

use ftpdocs::load::{load_project, load_site_config};
use ftpdocs::model::{Code, Pair};
use ftpdocs::render::html::build_search_index;
use ftpdocs::render::html::HtmlSite;
use ftpdocs::render::site::{published_site, render_locale, render_root, SiteContext};
use ftpdocs::render::{Format, PageRef, Renderer, SiteWriter};

use super::progress::Progress;
use super::BadArgument;

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Locale to render: a BCP 47 tag (fr, fr-CA, …) or `all`; en-XA and ar-XB render the
    /// pseudo locales (accented and a third longer; mirrored and right to left).
    #[arg(long, value_name = "TAG")]
    lang: String,

    /// Print the comparison of two codes, such as 220,503.
    #[arg(long, value_name = "A,B", value_parser = parse_pair, conflicts_with = "code")]
    pair: Option<(u16, u16)>,

    /// Print the page of one code (or of a number that is not an FTP reply).
    #[arg(long, value_name = "CODE", value_parser = parse_code)]
    code: Option<u32>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Html)]
    format: Format,

    /// Folder the site is written to (default: public/ in the project; public-pseudo/ for a
    /// pseudo locale).
    #[arg(long, value_name = "DIR", conflicts_with_all = ["pair", "code"])]
    out: Option<PathBuf>,

    /// Write every pair of codes, not only the published comparisons.
    #[arg(long, conflicts_with_all = ["pair", "code"])]
    all_pairs: bool,

    /// Show the reference text, marked as such, where the locale lacks a message; publish a
    /// locale that `check` finds errors in.
    #[arg(long)]
    allow_fallback: bool,

    /// Build the site's search index with Pagefind (html only).
    #[arg(long, conflicts_with_all = ["pair", "code"])]
    search: bool,
}

/// `220,503` → (220, 503), refusing anything that is not two different numbers.
fn parse_pair(value: &str) -> Result<(u16, u16), String> {
    let Some((a, b)) = value.split_once(',') else {
        return Err("expected two codes separated by a comma, such as 220,503".into());
    };
    let number = |s: &str| {
        s.trim().parse::<u16>().map_err(|_| {
            format!(
                "`{}` is not a reply code; expected two codes such as 220,503",
                s.trim()
            )
        })
    };
    let (a, b) = (number(a)?, number(b)?);
    if a == b {
        return Err(format!(
            "a comparison needs two different codes, not {a} twice"
        ));
    }
    Ok((a, b))
}

/// `220` → 220; anything that is not a whole number is refused in words.
fn parse_code(value: &str) -> Result<u32, String> {
    value.trim().parse::<u32>().map_err(|_| {
        format!("`{value}` is not a reply code; expected a number such as 220 (or 10054, a Winsock error)")
    })
}

pub fn run(root: &Path, args: RenderArgs) -> Result<ExitCode> {
    let mut project = load_project(root).map_err(|problems| anyhow::anyhow!("{problems}"))?;
    ftpdocs::pseudo::add_requested(&mut project, &args.lang);
    let locales = super::lang::select_locales(&project, &args.lang)?;
    let single = single_page(&project, &args)?;
    if single.is_none() {
        // Publishing whole locales: only those the checker finds ready.
        let tags: Vec<String> = locales.iter().map(ToString::to_string).collect();
        super::readiness::gate(root, &tags, args.allow_fallback)?;
    }
    let html = match args.format {
        Format::Html => Some(HtmlSite::new(&project, &load_site_config(root)?)?),
        _ => None,
    };
    if let Some(page) = single {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        for locale in &locales {
            let renderer =
                Renderer::new(&project, locale, args.allow_fallback).expect("negotiated");
            let view = renderer.page(page)?;
            let text = match &html {
                Some(html) => html.frame(&renderer)?.page(&renderer, &view),
                None => args.format.write(&view),
            };
            out.write_all(text.as_bytes())?;
        }
        return Ok(ExitCode::SUCCESS);
    }

    if args.search && html.is_none() {
        bail!("--search indexes an html site: drop --search or --format");
    }
    // A pseudo locale is never published by accident beside the real ones.
    let default_out = if ftpdocs::pseudo::is_pseudo(&args.lang) {
        "public-pseudo"
    } else {
        "public"
    };
    let out_dir = args.out.clone().unwrap_or_else(|| root.join(default_out));
    let site = SiteWriter::open(&out_dir)?;
    let html = html.map(|html| published_site(&html, &site, &locales));
    let ctx = SiteContext {
        project: &project,
        format: args.format,
        html: html.as_ref(),
        all_pairs: args.all_pairs,
        allow_fallback: args.allow_fallback,
    };
    let started = Instant::now();
    // With html, each locale also has its 404 and search pages.
    let per_locale = ctx.pages().len() + 2 * usize::from(html.is_some());
    let progress = Progress::new((per_locale * locales.len()) as u64);
    let mut counts = Vec::new();
    for locale in &locales {
        let count = render_locale(&ctx, &site, locale, &|| progress.tick())?;
        counts.push(format!("{locale} {count}"));
    }
    render_root(&ctx, &site)?;
    progress.finish();
    let rendered = started.elapsed();
    println!(
        "rendered {} pages ({}) into {} as {} in {:.2?}",
        per_locale * locales.len(),
        counts.join(", "),
        out_dir.display(),
        args.format.extension(),
        rendered
    );
    if args.search {
        let started = Instant::now();
        build_search_index(&site)?;
        println!("search index built in {:.2?}", started.elapsed());
    }
    let changes = site.changes();
    println!(
        "{} files written (new or changed), {} unchanged, {} removed",
        changes.written(),
        changes.unchanged(),
        changes.removed()
    );
    Ok(ExitCode::SUCCESS)
}

fn single_page(project: &ftpdocs::load::Project, args: &RenderArgs) -> Result<Option<PageRef>> {
    let content = &project.content;
    let unknown = |n: u32| {
        let codes: Vec<String> = content.codes.keys().map(|c| c.to_string()).collect();
        let others: Vec<String> = content
            .not_ftp
            .iter()
            .map(|e| e.number.to_string())
            .collect();
        BadArgument(format!(
            "{n} is not a code this project documents; reply codes: {}; other numbers: {}",
            codes.join(", "),
            if others.is_empty() {
                "none".to_string()
            } else {
                others.join(", ")
            }
        ))
    };
    let known = |n: u16| {
        Code::new(n)
            .filter(|c| content.code(*c).is_some())
            .ok_or_else(|| unknown(n.into()))
    };
    if let Some((a, b)) = args.pair {
        let pair = Pair::new(known(a)?, known(b)?).expect("parse_pair refuses twins");
        return Ok(Some(PageRef::Comparison(pair)));
    }
    if let Some(n) = args.code {
        if content.not_ftp.iter().any(|e| e.number == n) {
            return Ok(Some(PageRef::NotFtp(n)));
        }
        return match u16::try_from(n) {
            Ok(n) => Ok(Some(PageRef::Code(known(n)?))),
            Err(_) => Err(unknown(n).into()),
        };
    }
    Ok(None)
}
