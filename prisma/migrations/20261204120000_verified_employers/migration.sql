-- Verified employers (docs/decisions/033-verified-employers.md): the domain a company proved it receives
-- mail at, and the single-use links that prove it.

ALTER TABLE "Company" ADD COLUMN "verifiedDomain" TEXT;
ALTER TABLE "Company" ADD COLUMN "verifiedAt" TIMESTAMP(3);

CREATE TABLE "CompanyVerification" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "requestedById" TEXT,
    "email" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyVerification_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "CompanyVerification_tokenHash_key" ON "CompanyVerification"("tokenHash");
CREATE INDEX "CompanyVerification_companyId_createdAt_idx" ON "CompanyVerification"("companyId", "createdAt");
CREATE INDEX "CompanyVerification_requestedById_idx" ON "CompanyVerification"("requestedById");

ALTER TABLE "CompanyVerification" ADD CONSTRAINT "CompanyVerification_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CompanyVerification" ADD CONSTRAINT "CompanyVerification_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
