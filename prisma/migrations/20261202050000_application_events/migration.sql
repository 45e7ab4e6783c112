-- Application timeline (src/server/applications/lifecycle.ts): every status change of an application,
-- who made it (candidate, company or Backplane) and the message that went with it. Plus the moments the
-- company first opened an application and first answered it (responsiveness, cover-note editing).
CREATE TYPE "ApplicationEventActor" AS ENUM ('CANDIDATE', 'COMPANY', 'SYSTEM');

ALTER TABLE "Application" ADD COLUMN "viewedAt" TIMESTAMP(3);
ALTER TABLE "Application" ADD COLUMN "respondedAt" TIMESTAMP(3);

CREATE TABLE "ApplicationEvent" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "actorKind" "ApplicationEventActor" NOT NULL,
    "actorId" TEXT,
    "message" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ApplicationEvent_applicationId_createdAt_idx" ON "ApplicationEvent"("applicationId", "createdAt");
CREATE INDEX "ApplicationEvent_actorId_idx" ON "ApplicationEvent"("actorId");

ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Applications sent before this migration start their timeline with their own creation, and, when they
-- have moved on since, one step to where they are now (the intermediate steps were never recorded).
INSERT INTO "ApplicationEvent" ("id", "applicationId", "fromStatus", "toStatus", "actorKind", "createdAt")
SELECT 'ae_' || md5("id" || ':sent'), "id", NULL, 'NEW', 'CANDIDATE', "createdAt" FROM "Application";
INSERT INTO "ApplicationEvent" ("id", "applicationId", "fromStatus", "toStatus", "actorKind", "createdAt")
SELECT 'ae_' || md5("id" || ':now'), "id", 'NEW', "status",
       CASE WHEN "status" = 'WITHDRAWN' THEN 'CANDIDATE'::"ApplicationEventActor" ELSE 'COMPANY'::"ApplicationEventActor" END,
       COALESCE("withdrawnAt", "updatedAt")
  FROM "Application" WHERE "status" <> 'NEW';
UPDATE "Application" SET "respondedAt" = "updatedAt", "viewedAt" = "updatedAt"
 WHERE "status" NOT IN ('NEW', 'WITHDRAWN');
