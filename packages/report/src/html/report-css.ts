/** Print styles for the HTML page: A4 with the decree's margins, Times New Roman, the sizes of Phụ lục I. */
export const REPORT_CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
html { background: #f0f0f0; }
body { font-family: "Times New Roman", "Liberation Serif", Tinos, "DejaVu Serif", serif; font-size: 14pt;
  line-height: 1.3; color: #000; margin: 0; }
.page { background: #fff; max-width: 165mm; margin: 12px auto; padding: 20mm 15mm 20mm 30mm; }
@media print { html { background: #fff; } .page { margin: 0; padding: 0; max-width: none; } }
table.header, table.signature { width: 100%; border-collapse: collapse; }
table.header td, table.signature td { vertical-align: top; text-align: center; padding: 0; border: 0; }
table.header td.left { width: 38%; } table.header td.right { width: 62%; }
.upper { text-transform: none; font-size: 13pt; margin: 0; }
.issuer { font-weight: bold; font-size: 13pt; margin: 0; }
.national { font-weight: bold; font-size: 12.5pt; margin: 0; }
.motto { font-weight: bold; font-size: 13.5pt; margin: 0; }
.rule { border-top: 1px solid #000; margin: 2px auto 6px auto; height: 0; }
.rule.short { width: 30%; } .rule.motto-rule { width: 68%; } .rule.summary-rule { width: 22%; }
.reference { font-size: 13pt; margin: 6px 0 0 0; }
.place-date { font-style: italic; font-size: 13.5pt; margin: 6px 0 0 0; }
h1.type { text-align: center; font-size: 14pt; font-weight: bold; margin: 24px 0 0 0; }
p.summary { text-align: center; font-weight: bold; margin: 0; text-indent: 0; }
p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt 0; }
h2.part { text-align: center; font-size: 14pt; font-weight: bold; margin: 18pt 0 6pt 0; }
h2.part span { display: block; }
.roman, .arabic, .decimal, .letter { font-size: 14pt; margin: 6pt 0; text-indent: 1cm; }
.roman, .arabic { font-weight: bold; } .decimal { font-weight: bold; font-style: italic; }
.letter { font-weight: normal; font-style: italic; }
.from { font-weight: bold; font-style: italic; }
.placeholder { border: 1px dashed #b00000; background: #fff8e1; padding: 4pt 8pt; margin: 0 0 6pt 0; }
.placeholder p { text-indent: 0; font-style: italic; margin: 0 0 3pt 0; }
.placeholder .label { font-weight: bold; color: #b00000; }
table.data { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 4pt 0 8pt 0; page-break-inside: auto; }
table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
table.data thead { display: table-header-group; } table.data tr { page-break-inside: avoid; }
table.data th { font-weight: bold; text-align: center; }
table.data td.num { text-align: right; white-space: nowrap; } table.data td.c { text-align: center; }
table.data tr.total td { font-weight: bold; }
.caption { text-align: center; font-style: italic; text-indent: 0; margin: 6pt 0 2pt 0; }
.note { font-style: italic; font-size: 12pt; text-indent: 0; }
.verdict-exceeded, .verdict-achieved, .verdict-on_track { font-weight: bold; }
.verdict-not_achieved, .verdict-behind_schedule { font-weight: bold; color: #b00000; }
figure.chart { margin: 6pt 0; text-align: center; } figure.chart svg { max-width: 100%; height: auto; }
td.recipients { text-align: left !important; width: 45%; font-size: 11pt; }
td.recipients p { text-indent: 0; text-align: left; margin: 0; }
td.recipients p.title { font-size: 12pt; font-weight: bold; font-style: italic; }
td.recipients p.title.party { font-weight: normal; font-style: normal; text-decoration: underline; }
.national.party { text-decoration: underline; }
table.header.party td.left, table.header.party td.right { width: 50%; } p.star { margin: 0; }
td.signer p { text-align: center; text-indent: 0; font-weight: bold; margin: 0; }
td.signer p.name { margin-top: 60pt; }
td.signer p.name.missing { background: #fff59d; }
`;
