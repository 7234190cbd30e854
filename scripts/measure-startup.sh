#!/usr/bin/env bash
# Measures how long JCO Hub takes from launch to usable, as a newcomer meets it: the packaged application is
# started on an empty data directory (demo mode, embedded PostgreSQL), /actuator/health is asked every 100 ms,
# and the moment it says UP every demo account signs in through the sign-in form.
#
#   ./mvnw -B -q -DskipTests package && scripts/measure-startup.sh [port]
#
# Prints the seconds to UP and each account's sign-in answer at that moment (a redirect away from /login).
set -euo pipefail
port="${1:-8099}"
jar="$(ls target/jcohub-*.jar | grep -v plain | head -1)"
data="$(mktemp -d /tmp/jcohub-startup.XXXXXX)"
log="$data.log"
accounts="secretariat facilitator leader.dk coordinator.fi coordinator.de coordinator.pl coordinator.fr coordinator.gr ocu officer.fi officer.pl
analyst observer.frontex observer.europol police.de prosecutor.pl admin"

start=$(date +%s.%N)
SERVER_PORT="$port" JCOHUB_DATA_DIR="$data" java -jar "$jar" >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT

until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
	kill -0 $app 2>/dev/null || { echo "the application ended; see $log"; exit 1; }
	sleep 0.1
done
up=$(date +%s.%N)
printf 'UP after %.1f s (load average %s)\n' "$(echo "$up - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"

failed=0
for user in $accounts; do
	jar_file="$data/cookies-$user"
	csrf=$(curl -s -c "$jar_file" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
	where=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar_file" -c "$jar_file" \
		--data-urlencode "username=$user" --data-urlencode "password=demo" --data-urlencode "_csrf=$csrf" \
		"http://localhost:$port/login")
	case "$where" in
		*"/login"*) echo "  $user: refused ($where)"; failed=1 ;;
		*) echo "  $user: signed in ($where)" ;;
	esac
done
grep -E "Started JcoHubApplication|Demo data loaded" "$log" | sed 's/^.*\] //' || true
exit $failed
