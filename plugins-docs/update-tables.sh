#!/usr/bin/env bash
# Regenerates the parameter and output tables of every plugins-docs page from the commands' @Parameter
# annotations (test-scope docs.ParameterTables), so that docs and code agree (PluginsDocsTest checks it).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
	org.neuronmodels.docs.ParameterTables > target/parameter-tables.md 2>/dev/null
python3 - <<'PY'
import re
text = open('target/parameter-tables.md').read()
for section in text.split('## ')[1:]:
    head, _, body = section.partition('\n')
    page = head.split('→ ')[1].strip()
    blocks = [b.strip() for b in body.strip().split('\n\n')]
    try:
        s = open(page).read()
    except FileNotFoundError:
        print('missing page', page); continue
    for block in blocks:
        header = block.split('\n')[0]
        m = re.search(re.escape(header) + r'\n(\|.*\|\n?)*', s)
        if m: s = s[:m.start()] + block + '\n' + s[m.end():]
        else: print(page, 'has no table', header)
    open(page, 'w').write(s)
    print('updated', page)
PY
