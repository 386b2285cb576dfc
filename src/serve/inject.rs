//! What the preview adds to every page it serves: a script that reloads the page when the
//! project changes, a style that marks text shown in another language than the page's, and
//! a banner for what the preview cannot show (errors, templates to recompile).

/// The address the reload script polls for the project's version.
pub const VERSION_PATH: &str = "/__ftpdocs/version";
/// The address the script calls once a page is loaded, so the server can log what the
/// browser shows (and the browser test can see a reload happen): the page, its title, and by
/// how many pixels it is wider than the window (a layout that longer text broke).
pub const LOADED_PATH: &str = "/__ftpdocs/loaded";

/// Fallback text is a `<span lang>` inside a page of another language: outlined, labelled.
const STYLE: &str = "<style>\
main span[lang],header span[lang],footer span[lang]{background:#fff1a8;color:#3d2e00;outline:1px dashed #9a7400}\
main span[lang]::after,header span[lang]::after,footer span[lang]::after{content:\" [\" attr(lang) \"]\";font-size:.7em}\
.ftpdocs-preview{font:14px/1.4 sans-serif;background:#7a1111;color:#fff;padding:.75em 1em;margin:0;white-space:pre-wrap}\
</style>";

/// `html` with the preview's style, banner and reload script for project `version`.
pub fn inject(html: &str, version: u64, banner: Option<&str>) -> String {
    let script = format!(
        "<script>(()=>{{const v=\"{version}\";\
const d=document.documentElement;\
fetch(\"{LOADED_PATH}?v=\"+v+\"&path=\"+encodeURIComponent(location.pathname)+\"&title=\"+encodeURIComponent(document.title)+\"&overflow=\"+Math.max(0,d.scrollWidth-d.clientWidth)).catch(()=>{{}});\
let tries=0;const poll=()=>{{if(++tries>7200)return;\
fetch(\"{VERSION_PATH}\",{{cache:\"no-store\"}}).then(r=>r.text()).then(t=>{{if(t!==v)location.reload();else setTimeout(poll,500)}})\
.catch(()=>setTimeout(poll,1000))}};setTimeout(poll,500)}})();</script>"
    );
    let banner = banner.map_or(String::new(), |text| {
        format!(
            "<pre class=\"ftpdocs-preview\" role=\"alert\">{}</pre>",
            escape(text)
        )
    });
    let with_head = match html.find("</head>") {
        Some(at) => format!("{}{STYLE}{}", &html[..at], &html[at..]),
        None => format!("{STYLE}{html}"),
    };
    let with_banner = match with_head.find("<body>") {
        Some(at) => {
            let at = at + "<body>".len();
            format!("{}{banner}{}", &with_head[..at], &with_head[at..])
        }
        None => format!("{banner}{with_head}"),
    };
    match with_banner.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &with_banner[..at], &with_banner[at..]),
        None => format!("{with_banner}{script}"),
    }
}

/// A page that shows only `message`: what the preview serves when the project cannot be
/// loaded or the page cannot be rendered. It reloads like any other page once fixed.
pub fn error_page(message: &str, version: u64) -> String {
    let html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>ftpdocs preview: error</title>\n</head>\n<body>\n</body>\n</html>\n";
    inject(html, version, Some(message))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_style_and_an_escaped_banner_are_added() {
        let page = inject(
            "<html><head></head><body><p>x</p></body></html>",
            7,
            Some("a <b> problem"),
        );
        assert!(page.contains("<style>"));
        assert!(page.contains(
            "<body><pre class=\"ftpdocs-preview\" role=\"alert\">a &lt;b&gt; problem</pre><p>x</p>"
        ));
        assert!(page.contains("const v=\"7\""));
        assert!(page.ends_with("</script></body></html>"));
    }
}
