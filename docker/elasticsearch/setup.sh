#!/bin/bash
# One-shot "es-setup" service of docker/compose.yaml, run in the official Elasticsearch image
# as root. Idempotent: safe on every `docker compose up`.
#  1. First run only: a CA and one certificate per node (es01..es03) for TLS on the transport
#     layer (node to node), into the shared escerts volume. Elasticsearch refuses to form a
#     multi-node cluster with security enabled and no transport TLS. The node containers
#     start once es03's certificate exists (this service's healthcheck).
#  2. Every run: waits for the cluster (at most SETUP_TIMEOUT_SECONDS), then creates or updates
#     the role "hoclieu_app" and the user $HOCLIEU_ES_USER with $HOCLIEU_ES_PASSWORD, so the
#     application does not log in as the superuser "elastic". Then exits 0; the app service
#     waits for that (service_completed_successfully).
set -euo pipefail

: "${ELASTIC_PASSWORD:?set ELASTIC_PASSWORD in .env}"
: "${HOCLIEU_ES_USER:?set HOCLIEU_ES_USER in .env}"
: "${HOCLIEU_ES_PASSWORD:?set HOCLIEU_ES_PASSWORD in .env}"
ES_URL=${ES_URL:-http://es01:9200}
SETUP_TIMEOUT_SECONDS=${SETUP_TIMEOUT_SECONDS:-600}
CERTS=/usr/share/elasticsearch/config/certs
NODES="es01 es02 es03"

cd /usr/share/elasticsearch

if [ ! -f "$CERTS/ca/ca.crt" ]; then
    echo "es-setup: creating the transport CA"
    bin/elasticsearch-certutil ca --silent --pem --days 3650 --out "$CERTS/ca.zip"
    unzip -o -q "$CERTS/ca.zip" -d "$CERTS"
    rm -f "$CERTS/ca.zip"
fi
if [ ! -f "$CERTS/es03/es03.crt" ]; then
    echo "es-setup: creating node certificates for: $NODES"
    {
        echo "instances:"
        for node in $NODES; do
            printf '  - name: %s\n    dns: [%s, localhost]\n    ip: [127.0.0.1]\n' "$node" "$node"
        done
    } > "$CERTS/instances.yml"
    bin/elasticsearch-certutil cert --silent --pem --days 1095 --in "$CERTS/instances.yml" \
        --ca-cert "$CERTS/ca/ca.crt" --ca-key "$CERTS/ca/ca.key" --out "$CERTS/certs.zip"
    unzip -o -q "$CERTS/certs.zip" -d "$CERTS"
    rm -f "$CERTS/certs.zip"
fi
# Elasticsearch runs as uid 1000, gid 0: group-readable files owned by root suffice.
chown -R root:root "$CERTS"
find "$CERTS" -type d -exec chmod 750 {} +
find "$CERTS" -type f -exec chmod 640 {} +
chmod 600 "$CERTS/ca/ca.key"   # only this script signs; the nodes never read the CA key
echo "es-setup: certificates ready"

echo "es-setup: waiting for the cluster at $ES_URL (at most ${SETUP_TIMEOUT_SECONDS}s)"
deadline=$(( $(date +%s) + SETUP_TIMEOUT_SECONDS ))
until curl -fsS -o /dev/null -u "elastic:${ELASTIC_PASSWORD}" \
        "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=5s"; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "es-setup: the cluster did not become yellow in time; see 'docker compose logs es01'" >&2
        exit 1
    fi
    sleep 5
done

if [ "$HOCLIEU_ES_USER" = "elastic" ]; then
    echo "es-setup: HOCLIEU_ES_USER is the superuser 'elastic'; no application user created"
    exit 0
fi

json_escape() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '%s' "$s"; }

es_put() { # path body
    curl -fsS -o /dev/null -u "elastic:${ELASTIC_PASSWORD}" -X PUT "$ES_URL$1" \
        -H 'Content-Type: application/json' --data-binary @- <<<"$2"
}

# The indices are the search-indexer's to name (and it swaps aliases on reindex), so the role
# covers every non-system index of this dedicated cluster; "monitor" lets the client call GET /.
es_put /_security/role/hoclieu_app \
    '{"cluster":["monitor","manage_index_templates"],"indices":[{"names":["*"],"privileges":["all"]}]}'
es_put "/_security/user/$HOCLIEU_ES_USER" \
    "{\"password\":\"$(json_escape "$HOCLIEU_ES_PASSWORD")\",\"roles\":[\"hoclieu_app\"]}"
echo "es-setup: user '$HOCLIEU_ES_USER' (role hoclieu_app) is ready"
