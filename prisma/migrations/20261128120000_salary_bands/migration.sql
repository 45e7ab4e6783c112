-- Salary bands (issue 3, docs/decisions/006-salary-bands.md): a derived table holding the pay
-- statistics of every level, industry, region and level × region. recomputeSalaryBands() rewrites
-- it in one transaction; pages read it by key or by dimension, never aggregating listings themselves.

-- CreateEnum
CREATE TYPE "SalaryBandDimension" AS ENUM ('LEVEL', 'INDUSTRY', 'REGION', 'LEVEL_REGION');

-- CreateTable
CREATE TABLE "SalaryBand" (
    "key" TEXT NOT NULL,
    "dimension" "SalaryBandDimension" NOT NULL,
    "levelId" TEXT,
    "industryId" TEXT,
    "regionCode" TEXT,
    "listingCount" INTEGER NOT NULL,
    "minUsd" INTEGER,
    "p25Usd" INTEGER,
    "medianUsd" INTEGER,
    "p75Usd" INTEGER,
    "maxUsd" INTEGER,
    "quantilesUsd" INTEGER[],
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SalaryBand_pkey" PRIMARY KEY ("key"),
    CONSTRAINT "SalaryBand_listingCount_check" CHECK ("listingCount" >= 0),
    -- A band is all five figures or none, in order.
    CONSTRAINT "SalaryBand_figures_check" CHECK (
        num_nulls("minUsd", "p25Usd", "medianUsd", "p75Usd", "maxUsd") = 5
        OR (num_nonnulls("minUsd", "p25Usd", "medianUsd", "p75Usd", "maxUsd") = 5
            AND "minUsd" <= "p25Usd" AND "p25Usd" <= "medianUsd" AND "medianUsd" <= "p75Usd" AND "p75Usd" <= "maxUsd")
    )
);

-- CreateIndex
CREATE INDEX "SalaryBand_dimension_idx" ON "SalaryBand"("dimension");
