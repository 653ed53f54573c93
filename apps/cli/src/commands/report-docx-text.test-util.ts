import JSZip from "jszip";

/** The text of each paragraph of a .docx body, for tests that read a rendered report back. */
export async function docxParagraphs(bytes: Uint8Array): Promise<{ xml: string; paragraphs: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) =>
      [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) =>
          (t[1] ?? "")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, "&"),
        )
        .join(""),
    )
    .filter((p) => p.length > 0);
  return { xml, paragraphs };
}
