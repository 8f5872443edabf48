import { createReadStream } from "node:fs";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { fileSystemReasons } from "../io/fileSystemReasons.ts";

/** One narrative of an IATI text element, with its language (undefined: the activity's default). */
export interface IatiNarrative {
  lang: string | undefined;
  text: string;
}

/** An IATI participating-org: its role code (1 funding, 2 accountable, 3 extending, 4 implementing). */
export interface IatiOrg {
  role: string;
  ref: string | undefined;
  type: string | undefined;
  activityId: string | undefined;
  names: IatiNarrative[];
}

/** An IATI transaction, as read: the amount in `currency` (the value's, else the activity's default). */
export interface IatiTransaction {
  /** TransactionType code: "2" commitment, "3" disbursement, … */
  type: string;
  /** transaction-date/@iso-date (ISO yyyy-mm-dd), else value/@value-date. */
  date: string | undefined;
  /** value/@value-date. */
  valueDate: string | undefined;
  amount: number;
  /** value/@currency, else iati-activity/@default-currency; undefined when neither is given. */
  currency: string | undefined;
  /** The line of the file where the transaction starts. */
  line: number;
}

/** One iati-activity as {@link readIatiActivities} gives it: the parts a reconciliation needs. */
export interface IatiActivity {
  /** The file it was read from. */
  file: string;
  /** The line of the file where the activity starts. */
  line: number;
  identifier: string;
  reportingOrg: { ref: string | undefined; names: IatiNarrative[] };
  titles: IatiNarrative[];
  participatingOrgs: IatiOrg[];
  /** ActivityStatus code. */
  status: string | undefined;
  /** activity-date entries: ActivityDateType code and ISO date. */
  dates: { type: string; date: string }[];
  /** iati-activity/@default-currency. */
  defaultCurrency: string | undefined;
  /** recipient-country/@code values (ISO 3166-1 alpha-2). */
  recipientCountries: string[];
  /** The narratives of each location's name and description. */
  locations: IatiNarrative[];
  transactions: IatiTransaction[];
}

const chunkSize = 1 << 16;

/**
 * Reads an IATI activity file (2.0x) as a stream, one activity at a time, so
 * a file of any size is read in little memory: the XML is parsed by saxes,
 * and an activity is given as soon as its closing tag is read. Elements the
 * reconciliation does not need (results, budgets, locations…) are skipped.
 * Throws a {@link DoingoaiError} naming the file (and the line and column
 * where the XML breaks) — exit code 5 when the file cannot be read, 3 when it
 * is not well-formed XML, is not an `iati-activities` file, or a transaction
 * value is not a number.
 */
export async function* readIatiActivities(file: string): AsyncGenerator<IatiActivity> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ready: IatiActivity[] = [];
  const path: string[] = [];
  let activity: IatiActivity | null = null;
  let transaction: { [K in keyof IatiTransaction]?: IatiTransaction[K] | undefined } | null = null;
  let org: IatiOrg | null = null;
  let names: IatiNarrative[] | null = null;
  let narrativeLang: string | undefined;
  let text = "";
  let valueText: string | null = null;
  let rootSeen = false;

  const attr = (tag: SaxesTagPlain, name: string): string | undefined => {
    const v = tag.attributes[name];
    return v === undefined ? undefined : String(v).trim();
  };
  const bad = (vi: string, en: string): DoingoaiError =>
    new DoingoaiError(
      {
        vi: `${file}, dòng ${parser.line}, cột ${parser.column}: ${vi}`,
        en: `${file}, line ${parser.line}, column ${parser.column}: ${en}`,
      },
      { exitCode: exitCodes.invalidData },
    );

  parser.on("opentag", (tag) => {
    const name = tag.name;
    const parent = path[path.length - 1];
    path.push(name);
    text = "";
    if (!rootSeen) {
      rootSeen = true;
      if (name !== "iati-activities") {
        throw bad(
          `không phải tệp hoạt động IATI: phần tử gốc là <${name}>, cần <iati-activities>`,
          `not an IATI activity file: the root element is <${name}>, expected <iati-activities>`,
        );
      }
      return;
    }
    if (name === "iati-activity" && parent === "iati-activities") {
      activity = {
        file,
        line: parser.line,
        identifier: "",
        reportingOrg: { ref: undefined, names: [] },
        titles: [],
        participatingOrgs: [],
        status: undefined,
        dates: [],
        defaultCurrency: attr(tag, "default-currency"),
        recipientCountries: [],
        locations: [],
        transactions: [],
      };
      return;
    }
    if (!activity) return;
    const a: IatiActivity = activity;
    if (parent === "iati-activity") {
      switch (name) {
        case "reporting-org":
          a.reportingOrg.ref = attr(tag, "ref");
          names = a.reportingOrg.names;
          break;
        case "title":
          names = a.titles;
          break;
        case "participating-org":
          org = {
            role: attr(tag, "role") ?? "",
            ref: attr(tag, "ref") || undefined,
            type: attr(tag, "type"),
            activityId: attr(tag, "activity-id") || undefined,
            names: [],
          };
          a.participatingOrgs.push(org);
          names = org.names;
          break;
        case "activity-status":
          a.status = attr(tag, "code");
          break;
        case "activity-date": {
          const type = attr(tag, "type");
          const date = attr(tag, "iso-date");
          if (type && date) a.dates.push({ type, date: date.slice(0, 10) });
          break;
        }
        case "transaction":
          transaction = { line: parser.line };
          break;
        case "recipient-country": {
          const code = attr(tag, "code");
          if (code) a.recipientCountries.push(code.toUpperCase());
          break;
        }
      }
      return;
    }
    if (parent === "location" && path[path.length - 3] === "iati-activity") {
      if (name === "name" || name === "description") names = a.locations;
      return;
    }
    if (transaction && parent === "transaction") {
      if (name === "transaction-type") transaction.type = attr(tag, "code");
      if (name === "transaction-date") transaction.date = attr(tag, "iso-date")?.slice(0, 10);
      if (name === "value") {
        transaction.valueDate = attr(tag, "value-date")?.slice(0, 10);
        transaction.currency = attr(tag, "currency") || undefined;
        valueText = "";
      }
      return;
    }
    if (name === "narrative" && names) narrativeLang = attr(tag, "xml:lang");
  });

  parser.on("text", (t) => {
    text += t;
    if (valueText !== null) valueText += t;
  });

  parser.on("closetag", (tag) => {
    const name = tag.name;
    path.pop();
    const parent = path[path.length - 1];
    if (!activity) return;
    const a: IatiActivity = activity;
    if (name === "iati-identifier" && parent === "iati-activity") a.identifier = text.trim();
    if (name === "narrative" && names) {
      const t = text.trim().replace(/\s+/g, " ");
      if (t !== "") names.push({ lang: narrativeLang, text: t });
    }
    if (parent === "iati-activity" && ["reporting-org", "title", "participating-org"].includes(name)) {
      names = null;
      org = null;
    }
    if (parent === "location" && (name === "name" || name === "description")) names = null;
    if (name === "value" && transaction && parent === "transaction") {
      const raw = (valueText ?? "").trim();
      valueText = null;
      const amount = Number(raw);
      if (raw === "" || !Number.isFinite(amount)) {
        throw bad(
          `giá trị giao dịch «${raw}» không phải là số (cần dạng 1234567.89)`,
          `transaction value «${raw}» is not a number (expected e.g. 1234567.89)`,
        );
      }
      transaction.amount = amount;
    }
    if (name === "transaction" && transaction && parent === "iati-activity") {
      const t = transaction;
      transaction = null;
      if (t.type !== undefined && t.amount !== undefined) {
        a.transactions.push({
          type: t.type,
          date: t.date ?? t.valueDate,
          valueDate: t.valueDate,
          amount: t.amount,
          currency: t.currency ?? a.defaultCurrency,
          line: t.line ?? 0,
        });
      }
    }
    if (name === "iati-activity" && parent === "iati-activities") {
      ready.push(a);
      activity = null;
    }
    text = "";
  });

  let stream;
  try {
    stream = createReadStream(file, { encoding: "utf8", highWaterMark: chunkSize });
    for await (const chunk of stream) {
      try {
        parser.write(chunk as string);
      } catch (error) {
        throw parseError(file, error);
      }
      while (ready.length > 0) yield ready.shift()!;
    }
    try {
      parser.close();
    } catch (error) {
      throw parseError(file, error);
    }
    while (ready.length > 0) yield ready.shift()!;
    if (!rootSeen) {
      throw new DoingoaiError(
        { vi: `${file}: tệp trống, không có dữ liệu IATI`, en: `${file}: the file is empty, no IATI data` },
        { exitCode: exitCodes.invalidData },
      );
    }
  } catch (error) {
    throw readError(file, error);
  } finally {
    stream?.destroy();
  }
}

/** A saxes well-formedness error ("file:line:col: message") as a bilingual DoingoaiError (exit 3). */
function parseError(file: string, error: unknown): unknown {
  if (error instanceof DoingoaiError || !(error instanceof Error)) return error;
  const m = /^(?:.*?:)?(\d+):(\d+): (.*)$/s.exec(error.message);
  const where = m ? { vi: `dòng ${m[1]}, cột ${m[2]}`, en: `line ${m[1]}, column ${m[2]}` } : null;
  const what = m ? m[3]! : error.message;
  return new DoingoaiError(
    {
      vi: `${file}${where ? `, ${where.vi}` : ""}: không phải XML hợp lệ (${what})`,
      en: `${file}${where ? `, ${where.en}` : ""}: not well-formed XML (${what})`,
    },
    { exitCode: exitCodes.invalidData, cause: error },
  );
}

/** A file-system error as a bilingual DoingoaiError (exit 5); others pass through. */
function readError(file: string, error: unknown): unknown {
  if (error instanceof DoingoaiError || !(error instanceof Error) || !("code" in error)) return error;
  const code = String(error.code);
  const reason = fileSystemReasons[code] ?? { vi: error.message, en: error.message };
  return new DoingoaiError(
    {
      vi: `Không đọc được ${file}: ${reason.vi} (${code}).`,
      en: `Cannot read ${file}: ${reason.en} (${code}).`,
    },
    { exitCode: exitCodes.io, cause: error },
  );
}
