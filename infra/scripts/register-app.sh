#!/bin/sh
# Creates or updates the Entra ID app registration of one Screening environment: the console (SPA redirect) and the
# API it calls (identifier URI, delegated scope Console.Access, app roles), its service principal, and app role
# assignments. Idempotent: run it again to change the redirect or add assignments; nothing is created twice.
#
# Why a script and not Bicep: Entra ID applications need the Microsoft Graph Bicep extension, fetched from
# br:mcr.microsoft.com at build time, which this repository's offline build cannot reach (docs/deploy.md).
#
# The app roles come from infra/console-app-roles.json, the one list of roles; a test checks it against the roles the
# app enforces (Screening.Functions.Console.ConsoleRoles).
#
# Usage: infra/scripts/register-app.sh --env <name> --app-url https://<app>.azurewebsites.net \
#          [--assign <role value>=<principal object id>]...
# Principals are groups or users (people) or service principals / managed identities (automation).
# Needs: az (signed in with rights to create applications), jq. Prints the client id as its last line.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
roles_file="$here/../console-app-roles.json"
scope_value="Console.Access"
env_name=""
app_url=""
assignments=""

usage() {
  echo "usage: $0 --env <name> --app-url <https://app.azurewebsites.net> [--assign <role>=<principal object id>]..." >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --env) env_name=${2:-}; shift 2 ;;
    --app-url) app_url=${2:-}; shift 2 ;;
    --assign) assignments="$assignments ${2:-}"; shift 2 ;;
    *) usage ;;
  esac
done
[ -n "$env_name" ] && [ -n "$app_url" ] || usage
case "$app_url" in https://*) ;; *) echo "--app-url must be https://..." >&2; exit 2 ;; esac

# Check every assignment names a declared role before changing anything.
for pair in $assignments; do
  role=${pair%%=*}
  principal=${pair#*=}
  if [ -z "$principal" ] || [ "$principal" = "$pair" ]; then
    echo "--assign takes <role>=<principal object id>, not '$pair'" >&2
    exit 2
  fi
  if ! jq -e --arg v "$role" 'any(.[]; .value == $v)' "$roles_file" >/dev/null; then
    echo "Unknown app role '$role'; declared: $(jq -r '[.[].value] | join(", ")' "$roles_file")" >&2
    exit 2
  fi
done

display_name="Screening console ($env_name)"
client_id=$(az ad app list --display-name "$display_name" --query "[0].appId" -o tsv)
if [ -z "$client_id" ]; then
  echo "Creating the app registration '$display_name'" >&2
  client_id=$(az ad app create --display-name "$display_name" --sign-in-audience AzureADMyOrg \
    --app-roles "@$roles_file" --query appId -o tsv)
else
  echo "Updating the app registration '$display_name' ($client_id)" >&2
  az ad app update --id "$client_id" --app-roles "@$roles_file"
fi
object_id=$(az ad app show --id "$client_id" --query id -o tsv)

# Keep the scope's id once it exists: Entra refuses to change the id of an enabled scope.
scope_id=$(az ad app show --id "$client_id" --query "api.oauth2PermissionScopes[?value=='$scope_value'].id | [0]" -o tsv)
[ -n "$scope_id" ] || scope_id=$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)
body=$(jq -nc --arg client "$client_id" --arg redirect "${app_url%/}/api/console/" --arg scope "$scope_id" --arg value "$scope_value" '{
  identifierUris: ["api://\($client)"],
  spa: { redirectUris: [$redirect] },
  api: { requestedAccessTokenVersion: 2, oauth2PermissionScopes: [{
    id: $scope, value: $value, type: "User", isEnabled: true,
    adminConsentDisplayName: "Use the Screening console",
    adminConsentDescription: "Lets the Screening console call its API as the signed-in person." }] } }')
az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" \
  --headers "Content-Type=application/json" --body "$body"

sp_id=$(az ad sp list --filter "appId eq '$client_id'" --query "[0].id" -o tsv)
if [ -z "$sp_id" ]; then
  sp_id=$(az ad sp create --id "$client_id" --query id -o tsv)
fi

# The id of the assignment of app role $2 to principal $1, or nothing. Graph pages appRoleAssignedTo (100 a page by
# default), so every page is read, following @odata.nextLink: an assignment beyond the first page is still found.
assignment_of() {
  uri="https://graph.microsoft.com/v1.0/servicePrincipals/$sp_id/appRoleAssignedTo"
  while [ -n "$uri" ]; do
    page=$(az rest --method GET --uri "$uri" -o json)
    found=$(printf '%s' "$page" | jq -r --arg p "$1" --arg r "$2" \
      'first(.value[] | select(.principalId == $p and .appRoleId == $r) | .id) // empty')
    if [ -n "$found" ]; then
      echo "$found"
      return
    fi
    uri=$(printf '%s' "$page" | jq -r '."@odata.nextLink" // empty')
  done
}

for pair in $assignments; do
  role=${pair%%=*}
  principal=${pair#*=}
  role_id=$(jq -r --arg v "$role" '.[] | select(.value == $v) | .id' "$roles_file")
  existing=$(assignment_of "$principal" "$role_id")
  if [ -n "$existing" ]; then
    echo "$role is already assigned to $principal" >&2
    continue
  fi
  echo "Assigning $role to $principal" >&2
  az rest --method POST --uri "https://graph.microsoft.com/v1.0/servicePrincipals/$sp_id/appRoleAssignedTo" \
    --headers "Content-Type=application/json" \
    --body "$(jq -nc --arg p "$principal" --arg r "$sp_id" --arg a "$role_id" '{principalId: $p, resourceId: $r, appRoleId: $a}')"
done

echo "Set CONSOLE_CLIENT_ID to this client id (azd env set CONSOLE_CLIENT_ID ..., or the GitHub variable), then azd provision:" >&2
echo "$client_id"
