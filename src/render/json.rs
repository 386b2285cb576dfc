//! The view model as JSON: serde over the same page every other format writes.

use super::view::PageView;

pub fn write_json(page: &PageView) -> String {
    let mut out = serde_json::to_string_pretty(page).expect("the view model is plain data");
    out.push('\n');
    out
}
