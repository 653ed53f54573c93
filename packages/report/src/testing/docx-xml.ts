import JSZip from "jszip";

/** The parts of a .docx a test reads: the body XML, its paragraphs' text, and the other parts by name. */
export async function readDocx(bytes: Uint8Array): Promise<{
  xml: string;
  paragraphs: string[];
  part: (name: string) => Promise<string | undefined>;
  files: string[];
}> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? "")).join(""),
  );
  return {
    xml,
    paragraphs: paragraphs.filter((p) => p.length > 0),
    part: async (name) => zip.file(name)?.async("string"),
    files: Object.keys(zip.files),
  };
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
