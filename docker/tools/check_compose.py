#!/usr/bin/env python3
"""Offline check of docker/compose.yaml for machines without a Docker engine / Compose v2.

Does what `docker compose config` would catch, as far as it can without compose-go:
  * YAML parses; anchors and merge keys (<<) resolve;
  * ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}, ${VAR?err} and $$ interpolate with the
    given env file, and every required variable is set;
  * every variable compose.yaml uses is listed in .env.example, and every variable of
    .env.example is used (HOCLIEU_WORKER_ID is documented there but deliberately not passed);
  * the interpolated file validates against the Compose Specification JSON schema given with
    --schema (e.g. the compose.schema.json shipped in the npm package dclint);
  * a few project rules: replicas is an integer, depends_on targets exist, named volumes are
    declared.
Usage: python3 docker/tools/check_compose.py [--env docker/.env.example] [--schema FILE]
Needs PyYAML; jsonschema only with --schema.
"""
import argparse
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DOCKER = os.path.dirname(HERE)
VAR = re.compile(r"\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))")
NOT_PASSED = {"HOCLIEU_WORKER_ID"}


def read_env(path):
    env, listed = {}, set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        m = re.match(r"#?\s*([A-Z][A-Z0-9_]*)=(.*)$", line)
        if m:
            listed.add(m.group(1))
            if not line.startswith("#"):
                env[m.group(1)] = m.group(2)
    return env, listed


def interpolate(node, env, used, errors):
    if isinstance(node, dict):
        return {k: interpolate(v, env, used, errors) for k, v in node.items()}
    if isinstance(node, list):
        return [interpolate(v, env, used, errors) for v in node]
    if not isinstance(node, str):
        return node

    def sub(m):
        if m.group(1) == "$":
            return "$"
        name = m.group(2) or m.group(5)
        op, arg = m.group(3), m.group(4) or ""
        used.add(name)
        value = env.get(name)
        unset = value is None or (op and op.startswith(":") and value == "")
        if op in (":-", "-"):
            return arg if unset else value
        if op in (":?", "?"):
            if unset:
                errors.append(f"required variable {name} is missing: {arg}")
                return ""
            return value
        return value or ""

    return VAR.sub(sub, node)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=os.path.join(DOCKER, ".env.example"))
    ap.add_argument("--compose", default=os.path.join(DOCKER, "compose.yaml"))
    ap.add_argument("--schema")
    a = ap.parse_args()

    raw = yaml.safe_load(open(a.compose, encoding="utf-8"))
    env, _ = read_env(a.env)
    _, listed = read_env(os.path.join(DOCKER, ".env.example"))
    used, errors = set(), []
    doc = interpolate(raw, env, used, errors)
    doc = {k: v for k, v in doc.items() if not k.startswith("x-")}

    for name in sorted(used - listed):
        errors.append(f"{name} is used by compose.yaml but not listed in .env.example")
    for name in sorted(listed - used - NOT_PASSED):
        errors.append(f"{name} is listed in .env.example but compose.yaml never uses it")

    services = doc.get("services", {})
    volumes = set(doc.get("volumes") or {})
    for sname, svc in services.items():
        replicas = (svc.get("deploy") or {}).get("replicas")
        if replicas is not None:
            try:
                svc["deploy"]["replicas"] = int(replicas)  # compose casts after interpolation
            except ValueError:
                errors.append(f"{sname}: deploy.replicas {replicas!r} is not an integer")
        for dep in svc.get("depends_on") or {}:
            if dep not in services:
                errors.append(f"{sname}: depends_on unknown service {dep}")
        for v in svc.get("volumes") or []:
            src = v.split(":")[0] if isinstance(v, str) else v.get("source")
            if src and not src.startswith((".", "/")) and src not in volumes:
                errors.append(f"{sname}: volume {src} is not declared")

    if a.schema:
        import json
        import jsonschema
        schema = json.load(open(a.schema, encoding="utf-8"))
        for e in jsonschema.Draft7Validator(schema).iter_errors(doc):
            errors.append(f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message}")

    for e in errors:
        print("ERROR", e)
    print(f"{len(services)} services, {len(volumes)} volumes, {len(used)} variables used; "
          f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
