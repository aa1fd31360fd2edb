#!/usr/bin/env python3
"""Checks a folder in Maven repository layout (what `mvn deploy -DaltDeploymentRepository=id::file://DIR`
writes) against Maven Central's published requirements (central.sonatype.org/publish/requirements):

- coordinates: groupId, artifactId, version, and no -SNAPSHOT version;
- metadata: name, description, url, licenses (each with name and url), developers (each with id or name),
  scm (connection, developerConnection, url), in the POM or inherited from a parent POM in the folder;
- for packaging other than pom: the jar, a -sources.jar and a -javadoc.jar;
- every file: .md5 and .sha1 checksums that match, and a .asc signature that gpg verifies.

Then writes the portal's upload bundle (a zip of that layout) when given a second argument.
Prints one line per failed check and closes with 'central-check: N passed, M failed'.
Usage: central_check.py STAGING_DIR [BUNDLE.zip]
"""
import hashlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
CHECKSUMS = (".md5", ".sha1", ".sha256", ".sha512")
passed = 0
failed = []


def check(ok, what):
    global passed
    if ok:
        passed += 1
    else:
        failed.append(what)


def text(pom, path):
    node = pom.find(path, NS)
    return node.text.strip() if node is not None and node.text and node.text.strip() else None


def poms(root):
    found = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".pom"):
                path = os.path.join(folder, name)
                pom = ET.parse(path).getroot()
                group = text(pom, "m:groupId") or text(pom, "m:parent/m:groupId")
                version = text(pom, "m:version") or text(pom, "m:parent/m:version")
                found[(group, text(pom, "m:artifactId"), version)] = (path, pom)
    return found


def inherited(found, pom, path):
    """The value at path in this POM or the first parent POM of the folder that has it."""
    while pom is not None:
        value = pom.find(path, NS)
        if value is not None:
            return value
        parent = (text(pom, "m:parent/m:groupId"), text(pom, "m:parent/m:artifactId"), text(pom, "m:parent/m:version"))
        pom = found.get(parent, (None, None))[1] if parent[1] else None
    return None


def check_file(path):
    data = open(path, "rb").read()
    for ext, algo in ((".md5", hashlib.md5), (".sha1", hashlib.sha1)):
        sidecar = path + ext
        ok = os.path.isfile(sidecar) and open(sidecar).read().split()[0].lower() == algo(data).hexdigest()
        check(ok, f"{path}: no matching {ext} checksum")
    signature = path + ".asc"
    if not os.path.isfile(signature):
        check(False, f"{path}: no .asc signature")
        return
    verify = subprocess.run(["gpg", "--batch", "--verify", signature, path], capture_output=True)
    check(verify.returncode == 0, f"{path}: the signature does not verify: {verify.stderr.decode().strip()}")


def main(root, bundle=None):
    found = poms(root)
    check(bool(found), f"{root}: no POM at all")
    for (group, artifact, version), (path, pom) in sorted(found.items()):
        coordinates = f"{group}:{artifact}:{version}"
        check(all((group, artifact, version)), f"{coordinates}: incomplete coordinates")
        check(not version.endswith("-SNAPSHOT"), f"{coordinates}: a SNAPSHOT version")
        for element in ("m:name", "m:description", "m:url"):
            check(inherited(found, pom, element) is not None and (inherited(found, pom, element).text or "").strip(),
                  f"{coordinates}: no <{element[2:]}>")
        licenses = inherited(found, pom, "m:licenses")
        entries = [] if licenses is None else licenses.findall("m:license", NS)
        check(entries and all(text(e, "m:name") and text(e, "m:url") for e in entries),
              f"{coordinates}: no <licenses> with a name and url for each")
        developers = inherited(found, pom, "m:developers")
        people = [] if developers is None else developers.findall("m:developer", NS)
        check(people and all(text(d, "m:id") or text(d, "m:name") for d in people),
              f"{coordinates}: no <developers> with an id or name for each")
        scm = inherited(found, pom, "m:scm")
        check(scm is not None and all(text(scm, f"m:{e}") for e in ("connection", "developerConnection", "url")),
              f"{coordinates}: no <scm> with connection, developerConnection and url")
        folder = os.path.dirname(path)
        base = os.path.join(folder, f"{artifact}-{version}")
        if (text(pom, "m:packaging") or "jar") != "pom":
            for suffix in (".jar", "-sources.jar", "-javadoc.jar"):
                check(os.path.isfile(base + suffix), f"{coordinates}: no {artifact}-{version}{suffix}")
        for name in sorted(os.listdir(folder)):
            full = os.path.join(folder, name)
            if os.path.isfile(full) and not name.endswith(CHECKSUMS + (".asc",)) and not name.startswith("maven-metadata"):
                check_file(full)
    for line in failed:
        print("central-check: " + line)
    if bundle and not failed:
        with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as out:
            for folder, _, files in os.walk(root):
                for name in sorted(files):
                    if not name.startswith("maven-metadata"):
                        full = os.path.join(folder, name)
                        out.write(full, os.path.relpath(full, root))
        print(f"central-check: bundle {bundle}")
    print(f"central-check: {passed} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
