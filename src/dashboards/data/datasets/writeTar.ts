/**
 * A POSIX ustar archive of files (what Framework extracts from a `.tar`
 * loader's output): texts are written as UTF-8, bytes as they are. Names must
 * be ASCII and under 100 bytes.
 */
export function writeTar(files: ReadonlyMap<string, string | Uint8Array>, mtime = new Date(0)): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, text] of files) {
    if (!/^[\x20-\x7e]{1,99}$/.test(name)) throw new Error(`invalid archive member name: ${name}`);
    const data = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
    const header = Buffer.alloc(512);
    const put = (value: string, offset: number, length: number) =>
      header.write(value, offset, length, "ascii");
    const octal = (n: number, length: number) => n.toString(8).padStart(length - 1, "0") + "\0";
    put(name, 0, 100);
    put(octal(0o644, 8), 100, 8);
    put(octal(0, 8), 108, 8);
    put(octal(0, 8), 116, 8);
    put(octal(data.length, 12), 124, 12);
    put(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 12);
    put("        ", 148, 8); // checksum is computed with this field as spaces
    put("0", 156, 1);
    put("ustar\0", 257, 6);
    put("00", 263, 2);
    let sum = 0;
    for (const byte of header) sum += byte;
    put(sum.toString(8).padStart(6, "0") + "\0 ", 148, 8);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
