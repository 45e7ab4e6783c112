-- A company's 1–5 rating of an applicant (issue 10), private to the company's members. Null until rated;
-- the database refuses anything outside 1–5 so no caller can store a 0 or a 6.
ALTER TABLE "Application" ADD COLUMN "rating" INTEGER;

ALTER TABLE "Application" ADD CONSTRAINT "Application_rating_range" CHECK ("rating" BETWEEN 1 AND 5);
