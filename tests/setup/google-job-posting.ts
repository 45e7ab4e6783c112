import { z } from "zod";

// Google's JobPosting rules for a fully remote job, as a schema: the required properties (title,
// description, datePosted, hiringOrganization, and — for remote work — jobLocationType TELECOMMUTE with
// applicantLocationRequirements naming at least one country instead of jobLocation) and the recommended
// ones we publish (validThrough, employmentType, baseSalary, directApply, identifier).

const isoDateTime = z.iso.datetime({ offset: true });
const nonEmpty = z.string().trim().min(1);

export const googleJobPostingSchema = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("JobPosting"),
    title: nonEmpty.max(200).refine((t) => !/[<>]/.test(t), "title is plain text"),
    description: nonEmpty.refine((d) => !/<script|<style|<img/i.test(d), "description is simple HTML"),
    datePosted: isoDateTime,
    validThrough: isoDateTime,
    employmentType: z.enum(["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"]),
    hiringOrganization: z.object({ "@type": z.literal("Organization"), name: nonEmpty, sameAs: z.url().optional() }),
    jobLocationType: z.literal("TELECOMMUTE"),
    applicantLocationRequirements: z.array(z.object({ "@type": z.enum(["Country", "State"]), name: nonEmpty })).min(1),
    baseSalary: z.object({
      "@type": z.literal("MonetaryAmount"),
      currency: z.string().regex(/^[A-Z]{3}$/),
      value: z
        .object({
          "@type": z.literal("QuantitativeValue"),
          minValue: z.number().positive(),
          maxValue: z.number().positive(),
          unitText: z.enum(["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]),
        })
        .refine((v) => v.minValue <= v.maxValue, "minValue above maxValue"),
    }),
    directApply: z.boolean(),
    identifier: z.object({ "@type": z.literal("PropertyValue"), name: nonEmpty, value: nonEmpty }),
    url: z.url(),
  })
  .refine((p) => Date.parse(p.validThrough) > Date.parse(p.datePosted), "validThrough must follow datePosted");
