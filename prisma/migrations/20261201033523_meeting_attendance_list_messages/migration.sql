-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "attendanceListMessages" TEXT;
