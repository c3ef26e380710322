#!/usr/bin/env python3
"""profself.py PROFILE [N]: self time per function (and per file) of a .cpuprofile, top N."""
import json,sys,collections
p=json.load(open(sys.argv[1])); N=int(sys.argv[2]) if len(sys.argv)>2 else 40
nodes={n['id']:n for n in p['nodes']}
dt=collections.Counter()
for s,d in zip(p['samples'],p['timeDeltas']): dt[s]+=d
tot=sum(dt.values())
self=collections.Counter(); files=collections.Counter()
parent={}
for n in p['nodes']:
    for c in n.get('children',[]): parent[c]=n['id']
for i,t in dt.items():
    cf=nodes[i]['callFrame']; fn=cf['functionName'] or '(anon)'; url=cf['url'].split('/work/main/')[-1]
    self[f"{fn} {url}:{cf['lineNumber']+1}"]+=t; files[url]+=t
# inclusive time per function
incl=collections.Counter()
for i,t in dt.items():
    seen=set(); j=i
    while j is not None:
        cf=nodes[j]['callFrame']; k=f"{cf['functionName'] or '(anon)'} {cf['url'].split('/work/main/')[-1]}:{cf['lineNumber']+1}"
        if k not in seen: incl[k]+=t; seen.add(k)
        j=parent.get(j)
print('total ms',tot/1000)
print('--- self'); [print(f"{t/tot*100:5.1f}% {k}") for k,t in self.most_common(N)]
print('--- files'); [print(f"{t/tot*100:5.1f}% {k}") for k,t in files.most_common(15)]
print('--- inclusive'); [print(f"{t/tot*100:5.1f}% {k}") for k,t in incl.most_common(N)]
