#!/usr/bin/env bash
# Deploys guankao's Cloud Run functions (2nd gen) for one agency's spreadsheet. Safe to run again:
# what exists is updated, not duplicated. See deploy/README.md for what each step is for.
#
#   PROJECT=my-project SPREADSHEET=<spreadsheet id> bash deploy/deploy.sh
#   DRY_RUN=1 PROJECT=… SPREADSHEET=… bash deploy/deploy.sh     # print the commands only
#   DRIVE_FOLDER=<folder id in a shared drive> …                  # also publish the year-end documents there
set -euo pipefail

: "${PROJECT:?set PROJECT to the Google Cloud project id}"
: "${SPREADSHEET:?set SPREADSHEET to the agency spreadsheet id (GUANKAO_WORKBOOK)}"
REGION="${REGION:-asia-east1}"                       # Taiwan
RUNTIME="${RUNTIME:-nodejs24}"                       # or nodejs22
PREFIX="${PREFIX:-guankao}"
TIME_ZONE="${TIME_ZONE:-Asia/Taipei}"
RUNTIME_SA="${PREFIX}-functions@${PROJECT}.iam.gserviceaccount.com"
INVOKER_SA="${PREFIX}-invoker@${PROJECT}.iam.gserviceaccount.com"
SECRET="${PREFIX}-hmac-secrets"
CONSOLIDATE_TOPIC="${PREFIX}-consolidate"
YEAR_END_TOPIC="${PREFIX}-year-end"
SOURCE="dist/functions"

cd "$(dirname "$0")/.."

run() {
  if [[ -n "${DRY_RUN:-}" ]]; then
    printf '%q ' "$@"
    printf '\n'
  else
    "$@"
  fi
}

# True when a describe command succeeds (the resource exists); a dry run assumes nothing exists.
exists() {
  [[ -z "${DRY_RUN:-}" ]] && "$@" >/dev/null 2>&1
}

gc() { run gcloud --project="$PROJECT" --quiet "$@"; }

echo "== APIs"
gc services enable cloudfunctions.googleapis.com run.googleapis.com cloudbuild.googleapis.com \
  artifactregistry.googleapis.com eventarc.googleapis.com pubsub.googleapis.com \
  cloudscheduler.googleapis.com secretmanager.googleapis.com sheets.googleapis.com drive.googleapis.com

echo "== Service accounts: one the functions run as, one Scheduler and Eventarc call with"
# The runtime account gets no project role: it reaches the spreadsheet because the agency shares
# the spreadsheet with it (Editor), and the code asks for the spreadsheets scope (and drive, to
# publish the year-end documents into the shared-drive folder given as DRIVE_FOLDER).
for account in "${PREFIX}-functions" "${PREFIX}-invoker"; do
  if ! exists gcloud --project="$PROJECT" iam service-accounts describe "${account}@${PROJECT}.iam.gserviceaccount.com"; then
    gc iam service-accounts create "$account" --display-name="guankao ${account#"${PREFIX}-"}"
  fi
done

echo "== HMAC secret in Secret Manager (exposed to ingest as GUANKAO_HMAC_SECRETS)"
if ! exists gcloud --project="$PROJECT" secrets describe "$SECRET"; then
  gc secrets create "$SECRET" --replication-policy=automatic
  # A fresh random secret; put the same value in the Apps Script project's Script Properties.
  if [[ -n "${DRY_RUN:-}" ]]; then
    echo "openssl rand -base64 32 | gcloud secrets versions add $SECRET --data-file=-"
  else
    openssl rand -base64 32 | tr -d '\n' | gcloud --project="$PROJECT" secrets versions add "$SECRET" --data-file=-
  fi
fi
gc secrets add-iam-policy-binding "$SECRET" --member="serviceAccount:${RUNTIME_SA}" --role=roles/secretmanager.secretAccessor

echo "== Bundle"
run npm run build

WORKBOOK_ENV="GUANKAO_WORKBOOK=${SPREADSHEET}"
COMMON=(--gen2 --region="$REGION" --runtime="$RUNTIME" --source="$SOURCE" --service-account="$RUNTIME_SA"
  --memory=512Mi --cpu=1
  # max-instances=1 keeps writers few; it is not a lock (docs/reliability.md).
  --max-instances=1)

echo "== ingest: public, every request signed (HMAC); answers at once, rebuilds after answering;"
echo "   also the Sheet menu's signed /consolidate and /yearEnd (functions/ingest/signed-run.ts)"
gc functions deploy "${PREFIX}-ingest" "${COMMON[@]}" --set-env-vars="$WORKBOOK_ENV" --entry-point=ingest --trigger-http --allow-unauthenticated \
  --concurrency=80 --timeout=60s --set-secrets="GUANKAO_HMAC_SECRETS=${SECRET}:latest"
# The rebuild runs after the answer is sent; CPU must stay allocated between requests for it to run.
gc run services update "${PREFIX}-ingest" --region="$REGION" --no-cpu-throttling

echo "== consolidate: private; Cloud Scheduler calls it with an OIDC token the platform verifies"
gc functions deploy "${PREFIX}-consolidate" "${COMMON[@]}" --set-env-vars="$WORKBOOK_ENV" --entry-point=consolidate --trigger-http --no-allow-unauthenticated \
  --concurrency=80 --timeout=540s
gc functions add-invoker-policy-binding "${PREFIX}-consolidate" --region="$REGION" --member="serviceAccount:${INVOKER_SA}"

echo "== Pub/Sub topics and the event functions"
for topic in "$CONSOLIDATE_TOPIC" "$YEAR_END_TOPIC"; do
  if ! exists gcloud --project="$PROJECT" pubsub topics describe "$topic"; then gc pubsub topics create "$topic"; fi
done
gc functions deploy "${PREFIX}-consolidate-event" "${COMMON[@]}" --set-env-vars="$WORKBOOK_ENV" --entry-point=consolidateEvent \
  --trigger-topic="$CONSOLIDATE_TOPIC" --trigger-service-account="$INVOKER_SA" --retry --concurrency=80 --timeout=540s
# The year-end function also publishes into the Drive folder when one is given.
YEAR_END_ENV="$WORKBOOK_ENV${DRIVE_FOLDER:+,GUANKAO_DRIVE_FOLDER=${DRIVE_FOLDER}}"
gc functions deploy "${PREFIX}-year-end" "${COMMON[@]}" --set-env-vars="$YEAR_END_ENV" --entry-point=yearEnd \
  --trigger-topic="$YEAR_END_TOPIC" --trigger-service-account="$INVOKER_SA" --retry --concurrency=1 --timeout=540s
for fn in "${PREFIX}-consolidate-event" "${PREFIX}-year-end"; do
  gc functions add-invoker-policy-binding "$fn" --region="$REGION" --member="serviceAccount:${INVOKER_SA}"
done

echo "== Cloud Scheduler: hourly consolidation (safety net), year-end on 12/31 and 1/15"
if [[ -n "${DRY_RUN:-}" ]]; then
  CONSOLIDATE_URL="https://${REGION}-${PROJECT}.cloudfunctions.net/${PREFIX}-consolidate"
else
  CONSOLIDATE_URL="$(gcloud --project="$PROJECT" functions describe "${PREFIX}-consolidate" --gen2 --region="$REGION" --format='value(serviceConfig.uri)')"
fi
schedule() { # name kind args…
  local name="$1" kind="$2"
  shift 2
  local verb=create
  if exists gcloud --project="$PROJECT" scheduler jobs describe "$name" --location="$REGION"; then verb=update; fi
  gc scheduler jobs "$verb" "$kind" "$name" --location="$REGION" --time-zone="$TIME_ZONE" "$@"
}
# Scheduler delivers at least once and may fire twice: harmless, a rebuild is idempotent.
schedule "${PREFIX}-consolidate-hourly" http --schedule="7 * * * *" --uri="$CONSOLIDATE_URL" --http-method=POST \
  --oidc-service-account-email="$INVOKER_SA" --oidc-token-audience="$CONSOLIDATE_URL" --attempt-deadline=600s
schedule "${PREFIX}-year-end-1231" pubsub --schedule="0 18 31 12 *" --topic="$YEAR_END_TOPIC" --message-body='{"reason":"year-end 12/31"}'
schedule "${PREFIX}-year-end-0115" pubsub --schedule="0 9 15 1 *" --topic="$YEAR_END_TOPIC" --message-body='{"reason":"year-end 1/15"}'

if [[ -z "${DRY_RUN:-}" ]]; then
  INGEST_URL="$(gcloud --project="$PROJECT" functions describe "${PREFIX}-ingest" --gen2 --region="$REGION" --format='value(serviceConfig.uri)')"
  cat <<EOT

Done. Next:
  1. Share the spreadsheet with ${RUNTIME_SA} as Editor.
  2. In the Apps Script project, set Script Properties FUNCTION_URL=${INGEST_URL}
     (the menu's 立即彙整 and 產生年度成效 go to its /consolidate and /yearEnd, signed)
     and HMAC_SECRET to the secret's value:
       gcloud --project=${PROJECT} secrets versions access latest --secret=${SECRET}
EOT
fi
