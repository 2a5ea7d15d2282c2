#!/bin/bash
# Container HEALTHCHECK of the app image: GET /health/ready on the local HTTP listener.
# Plain bash (/dev/tcp) because the Payara base image ships no curl or wget, and the image
# build downloads nothing but base images. Healthy = the status line says 200.
# Usage: healthcheck.sh [path] [port]   (defaults: /health/ready 8080)
path=${1:-/health/ready}
port=${2:-8080}
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS=' ' read -r -t 5 _ status _ <&3 || exit 1
exec 3<&- 3>&-
[ "$status" = "200" ]
