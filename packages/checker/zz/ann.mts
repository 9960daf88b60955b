import { readFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
const pdf = await getDocumentProxy(new Uint8Array(readFileSync(process.argv[2]!)), { verbosity: 0 });
const page = await pdf.getPage(1);
for (const a of (await page.getAnnotations()) as any[])
  console.log(
    a.subtype,
    a.fieldType,
    a.rect?.map((n: number) => Math.round(n)),
    a.fieldValue ?? '',
  );
const tc = await page.getTextContent();
for (const it of tc.items as any[])
  if (Math.abs(it.transform[5] - 742) < 4)
    console.log(
      JSON.stringify(it.str),
      it.transform.map((n: number) => Math.round(n)),
      Math.round(it.width),
    );
