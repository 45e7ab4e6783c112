-- The company an employer in several companies acts for, chosen per session (decision 024). Only a hint:
-- the membership is checked on every request, and deleting the company clears it.
ALTER TABLE "Session" ADD COLUMN "activeCompanyId" TEXT;
ALTER TABLE "Session" ADD CONSTRAINT "Session_activeCompanyId_fkey" FOREIGN KEY ("activeCompanyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;
