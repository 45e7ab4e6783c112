import { beforeEach, describe, expect, it } from "vitest";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import { absoluteUrl } from "@/lib/site-url";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing } from "../setup/factories";

const DAY = 24 * 60 * 60 * 1000;

describe("sitemap.xml", () => {
  beforeEach(resetDatabase);

  it("lists the fixed pages, role profiles and exactly the live listings", async () => {
    const company = await createCompany();
    const levelId = (await createLevel()).id;
    const live = await createListing(company.id, { levelId });
    const draft = await createListing(company.id, { levelId, status: "DRAFT" });
    const closed = await createListing(company.id, {
      levelId,
      status: "CLOSED",
      publishedAt: new Date(Date.now() - 20 * DAY),
      expiresAt: new Date(Date.now() + DAY),
      closedAt: new Date(),
    });
    await db.roleProfile.create({
      data: {
        slug: "remote-backend-architect",
        name: "Remote backend architect",
        summary: "s",
        whereItFits: "w",
        remoteWork: "r",
        howToGetHired: "h",
      },
    });

    const entries = await sitemap();
    const urls = entries.map((e) => e.url);
    for (const path of ["/", "/jobs", "/roles", "/roles/remote-backend-architect", "/salaries", `/jobs/${live.slug}`]) {
      expect(urls).toContain(absoluteUrl(path));
    }
    expect(urls).not.toContain(absoluteUrl(`/jobs/${draft.slug}`));
    expect(urls).not.toContain(absoluteUrl(`/jobs/${closed.slug}`));
    expect(entries.find((e) => e.url === absoluteUrl(`/jobs/${live.slug}`))?.lastModified).toEqual(live.updatedAt);
  });
});

describe("robots.txt", () => {
  it("keeps crawlers out of private areas and the API except its public version, and names the sitemap", () => {
    const { rules, sitemap: sitemapUrl } = robots();
    const rule = Array.isArray(rules) ? rules[0] : rules;
    expect(rule?.allow).toEqual(expect.arrayContaining(["/", "/api/v1/"]));
    expect(rule?.disallow).toEqual(expect.arrayContaining(["/admin", "/employer", "/account", "/api/"]));
    expect(sitemapUrl).toBe(absoluteUrl("/sitemap.xml"));
  });
});
