-- The role at a glance (docs/decisions/031-architect-facts.md): optional structured facts architects decide
-- on, and the two candidate preferences the personal match weighs. Existing listings state none of them.
CREATE TYPE "ScalePeakRps" AS ENUM ('RPS_UNDER_1K', 'RPS_1K_10K', 'RPS_10K_100K', 'RPS_100K_PLUS');
CREATE TYPE "ScaleDataVolume" AS ENUM ('DATA_UNDER_1TB', 'DATA_1TB_100TB', 'DATA_100TB_1PB', 'DATA_1PB_PLUS');
CREATE TYPE "ScaleServices" AS ENUM ('SERVICES_UNDER_10', 'SERVICES_10_50', 'SERVICES_50_200', 'SERVICES_200_PLUS');
CREATE TYPE "OwnershipKind" AS ENUM ('GREENFIELD', 'MIGRATION', 'PLATFORM', 'CONSOLIDATION');
CREATE TYPE "OnCallKind" AS ENUM ('NONE', 'ROTATION', 'FOLLOW_THE_SUN', 'ESCALATION_ONLY');
CREATE TYPE "TakeHomeKind" AS ENUM ('NONE', 'PAID', 'UNPAID');
CREATE TYPE "DecisionStyle" AS ENUM ('DESIGN_DOCS', 'REVIEW_BOARD', 'ASYNC_FIRST');

ALTER TABLE "Listing" ADD COLUMN "scalePeakRps" "ScalePeakRps",
ADD COLUMN "scaleDataVolume" "ScaleDataVolume",
ADD COLUMN "scaleServices" "ScaleServices",
ADD COLUMN "ownershipKind" "OwnershipKind",
ADD COLUMN "firstSixMonths" TEXT,
ADD COLUMN "teamSize" INTEGER,
ADD COLUMN "reportsTo" TEXT,
ADD COLUMN "engineersServed" INTEGER,
ADD COLUMN "onCall" "OnCallKind",
ADD COLUMN "onCallRotationWeeks" INTEGER,
ADD COLUMN "interviewStages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "interviewHours" INTEGER,
ADD COLUMN "takeHome" "TakeHomeKind",
ADD COLUMN "systemDesignRound" BOOLEAN,
ADD COLUMN "decisionStyles" "DecisionStyle"[] DEFAULT ARRAY[]::"DecisionStyle"[];

-- Ranges the form also enforces; the database keeps them true whatever writes.
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_teamSize_check" CHECK ("teamSize" IS NULL OR "teamSize" BETWEEN 1 AND 10000),
ADD CONSTRAINT "Listing_engineersServed_check" CHECK ("engineersServed" IS NULL OR "engineersServed" BETWEEN 1 AND 100000),
ADD CONSTRAINT "Listing_onCallRotationWeeks_check" CHECK ("onCallRotationWeeks" IS NULL OR "onCallRotationWeeks" BETWEEN 2 AND 52),
ADD CONSTRAINT "Listing_interviewHours_check" CHECK ("interviewHours" IS NULL OR "interviewHours" BETWEEN 1 AND 100);

ALTER TABLE "CandidateProfile" ADD COLUMN "avoidOnCall" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "avoidTakeHome" BOOLEAN NOT NULL DEFAULT false;
