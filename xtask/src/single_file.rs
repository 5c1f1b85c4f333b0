//! Turns Trunk's `dist/` into one self-contained `dist/goalframes.html`.
//!
//! Browsers refuse module scripts and wasm fetches over file://, so the file holds
//! everything inline: the styles in `<style>`, the wasm-bindgen glue and a boot
//! script in one `<script type="module">`, and the wasm compressed as xz and
//! base64-encoded, decoded by the npm package `xz-decompress` (xz-embedded in a
//! 12 KB wasm of its own) and handed to the glue's init. Before
//! them, the pre-rendered first screen of a profile's page and the classic
//! script that shows it (`prerender.rs`). A strict Content-Security-Policy allows exactly
//! those inline blocks (by hash) and wasm compilation, and nothing else: no
//! request can leave the page.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use sha2::Digest;

use crate::prerender;

/// The script that inflates and starts the embedded wasm (after the glue).
const BOOT: &str = include_str!("boot.js");

/// The single file's name inside `dist/`.
pub const FILE_NAME: &str = "goalframes.html";

/// Builds `dist/goalframes.html` from Trunk's output in `dist`, whose wasm
/// embeds the canon in `canon_dir`.
pub fn write(dist: &Path, canon_dir: &Path) -> Result<PathBuf, String> {
    let read = |name: &str| {
        std::fs::read(dist.join(name)).map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    let index = String::from_utf8(read("index.html")?).map_err(|e| e.to_string())?;
    let glue_name = find_file(dist, |n| n.ends_with(".js") && !n.contains("snippets"))?;
    let wasm_name = find_file(dist, |n| n.ends_with("_bg.wasm"))?;
    let glue = String::from_utf8(read(&glue_name)?).map_err(|e| e.to_string())?;
    if glue.contains("from './snippets/") || glue.contains("from \"./snippets/") {
        return Err(
            "the wasm-bindgen glue imports snippets; inline them before making the single file"
                .into(),
        );
    }
    let wasm = read(&wasm_name)?;

    let mut styles = Vec::new();
    let mut body_html = String::new();
    let mut rest = index.as_str();
    // Keep the page's markup; drop Trunk's scripts and preloads; inline its styles.
    while let Some(start) = rest.find('<') {
        body_html.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with("<script") {
            let end = rest
                .find("</script>")
                .ok_or("unclosed <script> in dist/index.html")?
                + "</script>".len();
            rest = &rest[end..];
        } else if rest.starts_with("<link") {
            let end = rest.find('>').ok_or("unclosed <link> in dist/index.html")? + 1;
            let tag = &rest[..end];
            if tag.contains("rel=\"stylesheet\"") {
                let href = attribute(tag, "href").ok_or("stylesheet link without href")?;
                let css = String::from_utf8(read(href.trim_start_matches("./"))?)
                    .map_err(|e| e.to_string())?;
                styles.push(css);
            } else if tag.contains("rel=\"icon\"") && tag.contains("href=\"data:") {
                // An inline icon keeps the browser from asking for /favicon.ico.
                body_html.push_str(tag);
            }
            rest = &rest[end..];
        } else {
            body_html.push('<');
            rest = &rest[1..];
        }
    }
    body_html.push_str(rest);

    let wasm_b64 = base64::engine::general_purpose::STANDARD.encode(xz(&wasm)?);
    // The boot script's placeholders are replaced by the wasm and the xz
    // decoder; base64 holds no character that could end the string.
    let boot = BOOT
        .replace("XZ_DECODER", &xz_decoder()?)
        .replace("WASM_XZ_BASE64", &wasm_b64);
    let script = format!("{glue}\n{boot}");
    if !glue.contains("__wbg_init") {
        return Err(
            "the glue has no __wbg_init: wasm-bindgen's --target web output changed".into(),
        );
    }
    let style = styles.join("\n");
    let mut script_hashes = format!("'{}'", hash(&script));
    let mut prerendered = String::new();
    if let Some(pre) = prerender::for_canon(canon_dir)? {
        script_hashes = format!("'{}' {script_hashes}", hash(&pre.script));
        prerendered = format!("{}<script>{}</script>\n", pre.markup, pre.script);
    }
    let csp = format!(
        "default-src 'none'; script-src {script_hashes} 'wasm-unsafe-eval'; style-src '{}'; img-src data:; base-uri 'none'; form-action 'none'",
        hash(&style)
    );
    // The page's language before the app starts: the canon's.
    let lang = prerender::canon_lang(canon_dir)?;
    let body_html = body_html.replacen(
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\" dir=\"ltr\">", lang.tag()),
        1,
    );
    let head_end = body_html
        .find("</head>")
        .ok_or("no </head> in dist/index.html")?;
    let body_end = body_html
        .rfind("</body>")
        .ok_or("no </body> in dist/index.html")?;
    let html = format!(
        "{}<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<style>{style}</style>\n{}{prerendered}<script type=\"module\">{script}</script>\n{}",
        &body_html[..head_end],
        &body_html[head_end..body_end],
        &body_html[body_end..]
    );
    let out = dist.join(FILE_NAME);
    std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(out)
}

/// The wasm as an xz stream: LZMA2 at preset 9 extreme, with a CRC32 check
/// (which xz-embedded verifies, so a damaged copy fails to start instead of
/// running wrong code). ~20% smaller than zopfli's gzip for this wasm
/// (PERFORMANCE.md, "Size").
fn xz(wasm: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Write as _;
    let stream = liblzma::stream::Stream::new_easy_encoder(
        9 | liblzma::stream::PRESET_EXTREME,
        liblzma::stream::Check::Crc32,
    )
    .map_err(|e| format!("xz encoder: {e}"))?;
    let mut encoder = liblzma::write::XzEncoder::new_stream(Vec::new(), stream);
    encoder.write_all(wasm).map_err(|e| format!("xz: {e}"))?;
    encoder.finish().map_err(|e| format!("xz: {e}"))
}

/// The npm package `xz-decompress` (installed by `npm ci`), as an expression
/// whose value is its `XzReadableStream` class. Its UMD wrapper sets the
/// class on `this`: it runs with a fresh object for `this`, so that nothing
/// reaches the page's globals.
fn xz_decoder() -> Result<String, String> {
    let path = crate::root().join("node_modules/xz-decompress/dist/package/xz-decompress.min.js");
    let source = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (run `npm ci`)", path.display()))?;
    Ok(format!(
        "(function () {{\n{source}\nreturn this[\"xz-decompress\"].XzReadableStream;\n}}).call({{}})"
    ))
}

/// The CSP source for an inline block: `sha256-<base64 of its SHA-256>`.
fn hash(content: &str) -> String {
    let digest = sha2::Sha256::digest(content.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

fn find_file(dir: &Path, wanted: impl Fn(&str) -> bool) -> Result<String, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| wanted(n))
        .collect();
    names.sort();
    match names.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!(
            "no matching file in {}: run trunk build first",
            dir.display()
        )),
        many => Err(format!(
            "several candidate files in {}: {many:?}",
            dir.display()
        )),
    }
}
