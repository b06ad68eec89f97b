//! The `crosscheck` binary end to end: the analysis JSON of the seed files, the quantities of
//! stdin lines, and clear errors for bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn crosscheck(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn analyze_prints_the_contract_for_the_seed_files() {
    let seeds: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["analyze", "--json"];
    args.extend(seeds.iter().map(String::as_str));
    let out = crosscheck(&args, "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["schema_version"], "1.0");
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    let mbn = docs
        .iter()
        .find(|d| d["id"] == "000_52265b2dee57cddf.txt")
        .unwrap();
    assert_eq!(mbn["published"], "2024-11-27", "stated in the text");
    assert_eq!(
        mbn["outlet"], "Mexico Business News (MBN)",
        "from the manifest beside the files"
    );
    let claims = json["claims"].as_array().unwrap();
    assert!(claims.len() > 30);
    for field in [
        "id",
        "doc",
        "text",
        "quote",
        "start",
        "end",
        "kind",
        "value",
        "unit",
        "per",
        "bound",
        "measure",
        "time",
        "place",
        "attribution",
        "polarity",
        "checkworthiness",
    ] {
        assert!(
            claims.iter().all(|c| c.get(field).is_some()),
            "every claim has {field}"
        );
    }
    let findings = json["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["kind"] == "conflict"));
    assert!(findings
        .iter()
        .all(|f| !f["explanation"].as_str().unwrap().is_empty()));
    assert!(
        findings
            .iter()
            .all(|f| !f["explanation_es"].as_str().unwrap().is_empty()),
        "every finding is explained in Spanish too"
    );
}

#[test]
fn quantities_prints_one_line_per_input_line() {
    let input = "Police said more than 50,000 people marched.\n\nLos 2,700 médicos llegarán a 23 estados.\n";
    let out = crosscheck(&["quantities", "--lang", "es-MX"], input);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "one line per input line: {text}");
    assert_eq!(lines[1], "[]");
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(first[0]["value"], 50000.0);
    assert_eq!(first[0]["bound"], "over");
    let third: serde_json::Value = serde_json::from_str(lines[2]).unwrap();
    assert_eq!(third[0]["value"], 2700.0, "es-MX reads 2,700 as thousands");
    let (start, end) = (
        third[0]["start"].as_u64().unwrap() as usize,
        third[0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &input.lines().nth(2).unwrap()[start..end],
        third[0]["text"].as_str().unwrap()
    );
}

#[test]
fn quantities_give_the_base_of_a_ratio() {
    let input = "Roughly 1 in 5 adults has diabetes, and 2.4 doctors per 1,000 people.\n";
    let out = crosscheck(&["quantities", "--lang", "en"], input);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["kind"], "ratio", "{rows}");
    assert_eq!(
        (rows[0]["value"].as_f64(), rows[0]["per"].as_f64()),
        (Some(1.0), Some(5.0))
    );
    assert_eq!(rows[1]["per"], 1000.0, "{rows}");
    let plain = crosscheck(&["quantities", "--lang", "en"], "A 5% fee.\n");
    let plain: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(plain[0].get("per").is_none(), "no base, no field: {plain}");
}

#[test]
fn a_date_without_a_year_has_a_null_value() {
    let input = "The storm will hit on March 3.\nLa reunión será el martes 3 de junio de 2025.\n";
    let out = crosscheck(&["quantities"], input);
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines[0][0]["text"], "March 3");
    assert_eq!(lines[0][0]["kind"], "date");
    assert!(lines[0][0]["value"].is_null(), "{}", lines[0]);
    assert_eq!(lines[1][0]["value"], 2025.0, "{}", lines[1]);
}

#[test]
fn quantities_lists_unit_mentions_on_request() {
    let input = "A multibillion-dollar deal and a 5% fee.\n";
    let plain = crosscheck(&["quantities", "--lang", "en"], input);
    let plain: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert_eq!(plain.as_array().unwrap().len(), 1, "{plain}");
    let out = crosscheck(&["quantities", "--lang", "en", "--mentions"], input);
    assert!(out.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0]["text"], "dollar");
    assert_eq!(rows[0]["kind"], "money");
    assert!(rows[0]["value"].is_null());
    assert_eq!(rows[1]["value"], 5.0, "rows stay in text order");
}

#[test]
fn bad_input_gets_a_clear_message() {
    let out = crosscheck(&["analyze", "--json", "no/such/file.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read no/such/file.txt"));
    let out = crosscheck(&["quantities", "--lang", "fr"], "");
    assert_eq!(out.status.code(), Some(2));
    let out = crosscheck(&["frobnicate"], "");
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown command"));
}

#[test]
fn a_saved_web_page_is_read_as_the_page_shows_it() {
    let dir = std::env::temp_dir().join(format!("crosscheck-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("floods.html");
    std::fs::write(
        &page,
        r#"<html><head><meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2025-04-12T08:30:00Z">
<script>var total = 99999;</script></head><body><nav>Home | 5 things</nav>
<article><h1>Floods displace 40,000</h1>
<p>More than 40,000 people left their homes, the emergency service said.</p></article></body></html>"#,
    )
    .unwrap();
    let out = crosscheck(&["analyze", "--json", page.to_str().unwrap()], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let doc = &json["documents"][0];
    assert_eq!(doc["outlet"], "The Daily Planet");
    assert_eq!(doc["published"], "2025-04-12");
    assert_eq!(doc["title"], "Floods displace 40,000");
    let values: Vec<f64> = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["value"].as_f64())
        .collect();
    assert_eq!(
        values,
        vec![40000.0],
        "no figure from scripts or navigation"
    );
    std::fs::remove_dir_all(&dir).ok();
}
