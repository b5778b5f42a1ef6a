import { daySpan } from "../check/time.js";
import type { Finding } from "../model.js";
import type { BatchStore } from "../ports.js";
import type { PartitionFindingPages } from "./types.js";

/** Stored findings of a partition read per page: a page of a busy level's findings, not all of them. */
export const FINDINGS_PER_PAGE = 100;

type Page = { items: { finding: Finding; day: string }[]; cursor?: string };

/**
 * A partition's stored findings, handed out in the order of their day as the walk reaches it
 * (`upTo`), read from the store a page at a time. Holds at most one page not yet handed out.
 * @example const feed = FindingFeed.of(store, "refugee/place:turkey"); judged.load(await feed.upTo(day))
 */
export class FindingFeed {
  private buffer: { finding: Finding; day: number }[] = [];
  private cursor: string | undefined;
  private done = false;
  /** Findings read per page (what a test counts). */
  pages = 0;

  private constructor(private readonly read: (cursor: string | undefined) => Promise<Page>) {}

  /** Paged when the store can page by day; otherwise the partition's findings at once, as undated. */
  static of(store: BatchStore & Partial<PartitionFindingPages>, key: string, perPage = FINDINGS_PER_PAGE): FindingFeed {
    if (typeof store.partitionFindings === "function") return new FindingFeed((cursor) => store.partitionFindings!(key, cursor, perPage));
    return new FindingFeed(async () => ({ items: (await store.findingsInPartition(key)).map((finding) => ({ finding, day: "" })) }));
  }

  /** Every stored finding filed at a day up to `day` (a day number) not handed out yet. */
  async upTo(day: number): Promise<Finding[]> {
    const out: Finding[] = [];
    for (;;) {
      while (this.buffer.length > 0 && this.buffer[0]!.day <= day) out.push(this.buffer.shift()!.finding);
      if (this.buffer.length > 0 || this.done) return out;
      const page = await this.read(this.cursor);
      this.pages += 1;
      // Undated (and unreadable) days sort first: such a finding is held from the start.
      this.buffer = page.items.map((x) => ({ finding: x.finding, day: daySpan(x.day)?.first ?? -Infinity }));
      this.cursor = page.cursor;
      this.done = page.cursor === undefined;
    }
  }

  /** Every stored finding not handed out yet: the ones filed after the last claim walked. */
  rest(): Promise<Finding[]> {
    return this.upTo(Infinity);
  }
}
