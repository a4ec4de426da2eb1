#!/usr/bin/env python3
"""Fills unfinished messages in a .ts file, for developers after `update_translations`.

  fill-unfinished.py leda_sv.ts [--from OLD.ts] [--map NEW.json]

--from: take the translation an identical source text had in OLD.ts (e.g. `git show
HEAD:translations/leda_sv.ts > /tmp/old.ts`), which keeps translations when code moves
between classes. --map: a JSON object {"Context|source": "translation"} (or {"source": ...})
for new strings; a numerus message takes a list of forms. Prints what is still unfinished.
"""
import html
import json
import re
import sys


def messages(text):
    for ctx in re.finditer(r'<context>.*?</context>', text, re.S):
        name = re.search(r'<name>(.*?)</name>', ctx.group(0)).group(1)
        for msg in re.finditer(r'<message[^>]*>.*?</message>', ctx.group(0), re.S):
            yield name, ctx.start() + msg.start(), msg.group(0)


def source(msg):
    return html.unescape(re.search(r'<source>(.*?)</source>', msg, re.S).group(1))


def translations(msg):
    forms = re.findall(r'<numerusform>(.*?)</numerusform>', msg, re.S)
    if forms:
        return [html.unescape(f) for f in forms]
    found = re.search(r'<translation[^>]*>(.*?)</translation>', msg, re.S)
    return html.unescape(found.group(1)) if found else ''


def translated(msg, value):
    body = ''.join('\n            <numerusform>%s</numerusform>' % html.escape(f, quote=False) for f in value) + '\n        ' \
        if isinstance(value, list) else html.escape(value, quote=False)
    return re.sub(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>', lambda _: '<translation>%s</translation>' % body,
                  msg, count=1, flags=re.S)


def main():
    path = sys.argv[1]
    args = sys.argv[2:]
    known = {}
    if '--from' in args:
        old = open(args[args.index('--from') + 1], encoding='utf-8').read()
        for context, _, msg in messages(old):
            if 'type="unfinished"' not in msg and 'type="vanished"' not in msg and translations(msg):
                known.setdefault(source(msg), translations(msg))
                known['%s|%s' % (context, source(msg))] = translations(msg)
    if '--map' in args:
        known.update(json.load(open(args[args.index('--map') + 1], encoding='utf-8')))
    text = open(path, encoding='utf-8').read()
    out, last, left = [], 0, []
    for context, start, msg in messages(text):
        if 'type="unfinished"' not in msg:
            continue
        value = known.get('%s|%s' % (context, source(msg)), known.get(source(msg)))
        if value is None or isinstance(value, list) != ('numerus="yes"' in msg):
            left.append('%s|%s' % (context, source(msg)))
            continue
        out.append(text[last:start])
        out.append(translated(msg, value))
        last = start + len(msg)
    out.append(text[last:])
    open(path, 'w', encoding='utf-8').write(''.join(out))
    for key in left:
        print('unfinished:', key)


if __name__ == '__main__':
    main()
