use std::os::unix::fs::MetadataExt;

use super::*;

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_foreign_non_empty_folder_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let err = SiteWriter::open(dir.path()).err().expect("refused");
    assert!(matches!(err, OutputError::Foreign(_)));
    assert_eq!(
        fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn an_unfinished_stage_leaves_the_previous_version() {
    let dir = tempfile::tempdir().unwrap();
    let site = SiteWriter::open(dir.path()).unwrap();
    let stage = site.stage("fr").unwrap();
    stage.write("a/index.txt", b"old").unwrap();
    stage.commit().unwrap();
    let stage = site.stage("fr").unwrap();
    stage.write("a/index.txt", b"new").unwrap();
    drop(stage);
    assert_eq!(
        fs::read_to_string(dir.path().join("fr/a/index.txt")).unwrap(),
        "old"
    );
    assert_eq!(names(dir.path()), [SITE_MARKER, "fr"]);
}

#[test]
fn a_committed_stage_replaces_the_whole_folder() {
    let dir = tempfile::tempdir().unwrap();
    let site = SiteWriter::open(dir.path()).unwrap();
    let stage = site.stage("fr").unwrap();
    stage.write("gone/index.txt", b"x").unwrap();
    stage.commit().unwrap();
    let stage = site.stage("fr").unwrap();
    stage.write("kept/index.txt", b"y").unwrap();
    stage.commit().unwrap();
    assert!(!dir.path().join("fr/gone").exists());
    assert!(dir.path().join("fr/kept/index.txt").exists());
    assert_eq!(site.changes().removed(), 1);
}

#[test]
fn a_second_writer_on_the_same_folder_is_refused_while_the_first_holds_it() {
    let dir = tempfile::tempdir().unwrap();
    let first = SiteWriter::open(dir.path()).unwrap();
    let err = SiteWriter::open(dir.path()).err().expect("locked");
    assert!(matches!(err, OutputError::Busy(_)), "{err}");
    assert!(err.to_string().contains("another ftpdocs render"));
    drop(first);
    SiteWriter::open(dir.path()).expect("free again");
}

#[test]
fn debris_of_a_killed_run_is_cleaned_up_and_a_half_swapped_folder_put_back() {
    let dir = tempfile::tempdir().unwrap();
    drop(SiteWriter::open(dir.path()).unwrap());
    let root = dir.path();
    fs::create_dir_all(root.join(".staging-fr-41/ftp")).unwrap();
    fs::create_dir_all(root.join(".old-en-40/ftp")).unwrap();
    fs::create_dir_all(root.join("en")).unwrap();
    fs::write(root.join(".tmp-41-index.html"), "x").unwrap();
    // A kill between the fallback's two renames: `fr/` is only at `.old-fr-42`.
    fs::create_dir_all(root.join(".old-fr-42")).unwrap();
    fs::write(root.join(".old-fr-42/index.html"), "previous").unwrap();
    drop(SiteWriter::open(root).unwrap());
    assert_eq!(names(root), [SITE_MARKER, "en", "fr"]);
    assert_eq!(
        fs::read_to_string(root.join("fr/index.html")).unwrap(),
        "previous"
    );
}

#[test]
fn an_unchanged_file_keeps_its_inode_and_a_changed_one_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let site = SiteWriter::open(dir.path()).unwrap();
    let stage = site.stage("fr").unwrap();
    stage.write("same/index.html", b"same").unwrap();
    stage.write("edited/index.html", b"before").unwrap();
    stage.commit().unwrap();
    let inode = |p: &str| fs::metadata(dir.path().join(p)).unwrap().ino();
    let same = inode("fr/same/index.html");
    let edited = inode("fr/edited/index.html");

    let site = {
        drop(site);
        SiteWriter::open(dir.path()).unwrap()
    };
    let stage = site.stage("fr").unwrap();
    stage.write("same/index.html", b"same").unwrap();
    stage.write("edited/index.html", b"after").unwrap();
    let mut streamed = stage.create("sitemap.xml").unwrap();
    streamed.write_all(b"<urlset/>").unwrap();
    stage.settle("sitemap.xml", streamed).unwrap();
    stage.commit().unwrap();
    assert_eq!(inode("fr/same/index.html"), same);
    assert_ne!(inode("fr/edited/index.html"), edited);
    assert_eq!(
        (site.changes().written(), site.changes().unchanged()),
        (2, 1)
    );
    assert_eq!(names(dir.path()), [SITE_MARKER, "fr"]);
}
