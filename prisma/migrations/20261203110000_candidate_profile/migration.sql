-- The candidate's own profile page (/account/profile): working hours for the eligibility verdict, minimum
-- pay as stated (its annual USD value stays in salaryExpectationUsd), named links and the levels sought.
-- Existing profiles get the 09:00–17:00 day the verdict assumed until now.
ALTER TABLE "CandidateProfile" ADD COLUMN "workDayStartMinutes" INTEGER NOT NULL DEFAULT 540,
ADD COLUMN "workDayEndMinutes" INTEGER NOT NULL DEFAULT 1020,
ADD COLUMN "minPayAmount" INTEGER,
ADD COLUMN "minPayCurrency" TEXT,
ADD COLUMN "minPayPeriod" "SalaryPeriod",
ADD COLUMN "githubUrl" TEXT,
ADD COLUMN "linkedinUrl" TEXT,
ADD COLUMN "websiteUrl" TEXT;

CREATE TABLE "CandidateLevel" (
    "candidateId" TEXT NOT NULL,
    "levelId" TEXT NOT NULL,

    CONSTRAINT "CandidateLevel_pkey" PRIMARY KEY ("candidateId","levelId")
);

CREATE INDEX "CandidateLevel_levelId_idx" ON "CandidateLevel"("levelId");

ALTER TABLE "CandidateLevel" ADD CONSTRAINT "CandidateLevel_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "CandidateLevel" ADD CONSTRAINT "CandidateLevel_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "SeniorityLevel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
