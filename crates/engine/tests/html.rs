//! `html_to_text`: pages reduced to the text a reader sees, safely.

use crosscheck_engine::document::html::{
    decode_entities, html_to_text, looks_like_html, page_meta,
};

#[test]
fn drops_scripts_styles_and_page_chrome() {
    let page = r#"<!doctype html><html><head><title>T</title><style>p{color:red}</style>
<script>window.pwned = 1; if (a < b) { "</p>" }</script></head>
<body><header><a href="/">Home</a></header><nav><ul><li>News</li></ul></nav>
<h1>Mexico hires 910 doctors</h1><p>The institute said <b>910</b> specialists work there.</p>
<aside>Related: other stories</aside><footer>© Daily Ledger</footer></body></html>"#;
    let text = html_to_text(page);
    assert_eq!(
        text,
        "Mexico hires 910 doctors\n\nThe institute said 910 specialists work there."
    );
}

#[test]
fn block_elements_become_paragraphs_and_br_lines() {
    let text = html_to_text("<div>One<p>Two</p>three<br>four</div><ul><li>a</li><li>b</li></ul>");
    assert_eq!(text, "One\n\nTwo\n\nthree\nfour\n\na\n\nb");
}

#[test]
fn whitespace_collapses_except_in_pre() {
    assert_eq!(html_to_text("<p>  a \n\t b  </p>"), "a b");
    assert_eq!(html_to_text("<pre>x  1\ny  2</pre>"), "x  1\ny  2");
}

#[test]
fn entities_are_decoded() {
    assert_eq!(
        decode_entities("M&eacute;xico &amp; Cuba &#8220;806&#x201D; &nbsp;&copy; &bogus; & x"),
        "México & Cuba “806” \u{a0}© &bogus; & x"
    );
    assert_eq!(
        decode_entities("&frac12; &quot;&apos; &Ntilde;&szlig; &mdash;&euro;&shy;&am; &ampx;"),
        "½ \"' Ñß —€\u{ad}&am; &ampx;"
    );
    assert_eq!(
        html_to_text("<p>5&nbsp;000 m&eacute;dicos &lt;b&gt;</p>"),
        "5 000 médicos <b>"
    );
}

#[test]
fn title_is_used_when_there_is_no_h1() {
    let text =
        html_to_text("<html><head><title> A  headline </title></head><body><p>Body.</p></body>");
    assert_eq!(text, "A headline\n\nBody.");
}

#[test]
fn attributes_with_angle_brackets_and_event_handlers_are_not_text() {
    let text = html_to_text(r#"<p title="a > b">Hi</p><img src=x onerror="alert(1)"><p>there</p>"#);
    assert_eq!(text, "Hi\n\nthere");
}

#[test]
fn malformed_input_never_panics() {
    let cases = [
        "",
        "<",
        "<<<>>>",
        "</",
        "<p",
        "<script>unterminated",
        "<!-- open comment",
        "&#xFFFFFFFF; &#0; &#; &#x; &",
        "<nav><nav></nav>still nav</nav>after",
        "a < b and c > d",
        "ñ<é>ü</é>&ntilde",
        "<p>\u{1F600}</p><",
    ];
    for c in cases {
        let _ = html_to_text(c);
    }
    assert_eq!(html_to_text("a < b and c > d"), "a < b and c > d");
    assert_eq!(
        html_to_text("<nav><nav></nav>still nav</nav>after"),
        "after"
    );
    // Every byte prefix of a multi-byte page is handled.
    let page = "<p>Médicos “cubanos” — 806 &amp; 768</p><script>x</script>";
    for i in 0..=page.len() {
        if page.is_char_boundary(i) {
            let _ = html_to_text(&page[..i]);
        }
    }
}

#[test]
fn a_page_head_names_outlet_date_and_headline() {
    let page = r#"<!doctype html><html><head><title>Floods | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2025-04-12T08:30:00Z">
<meta name="twitter:title" content='Floods displace 40,000'></head>
<body><nav>Home | News</nav><article><header><h1>Floods displace 40,000</h1></header>
<p>More than 40,000 people left their homes.</p></article></body></html>"#;
    let meta = page_meta(page);
    assert_eq!(meta.outlet.as_deref(), Some("The Daily Planet"));
    assert_eq!(meta.published.as_deref(), Some("2025-04-12"));
    assert_eq!(meta.title.as_deref(), Some("Floods displace 40,000"));
    assert!(looks_like_html(page));
    assert!(!looks_like_html("Police said 3 < 4 people came."));
    // The article's own header holds the headline; the site's navigation is dropped.
    let text = html_to_text(page);
    assert!(text.starts_with("Floods displace 40,000"), "{text}");
    assert!(!text.contains("Home | News"));
    // JSON-LD dates count too.
    let ld = r#"<script type="application/ld+json">{"datePublished": "2024-11-05T10:00:00+01:00"}</script>"#;
    assert_eq!(page_meta(ld).published.as_deref(), Some("2024-11-05"));
}
