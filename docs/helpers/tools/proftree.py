#!/usr/bin/env python3
"""proftree.py PROFILE FUNC [DEPTH]: inclusive time of callees under every frame named FUNC (merged), as a tree."""
import json,sys,collections
p=json.load(open(sys.argv[1])); F=sys.argv[2]; D=int(sys.argv[3]) if len(sys.argv)>3 else 2
nodes={n['id']:n for n in p['nodes']}
dt=collections.Counter()
for s,d in zip(p['samples'],p['timeDeltas']): dt[s]+=d
tot=sum(dt.values())
incl={}
def inc(i):
    if i in incl: return incl[i]
    t=dt.get(i,0)+sum(inc(c) for c in nodes[i].get('children',[]))
    incl[i]=t; return t
for i in nodes: inc(i)
def key(i):
    cf=nodes[i]['callFrame']; return f"{cf['functionName'] or '(anon)'}:{cf['lineNumber']+1}"
agg=collections.Counter()
def walk(i,path,d):
    if d>D: return
    for c in nodes[i].get('children',[]):
        k=path+(key(c),); agg[k]+=incl[c]; walk(c,k,d+1)
roots=[i for i in nodes if nodes[i]['callFrame']['functionName']==F]
# avoid double counting nested recursion: only outermost
par={}
for n in p['nodes']:
    for c in n.get('children',[]): par[c]=n['id']
def nested(i):
    j=par.get(i)
    while j is not None:
        if nodes[j]['callFrame']['functionName']==F: return True
        j=par.get(j)
    return False
roots=[r for r in roots if not nested(r)]
print(F, f"{sum(incl[r] for r in roots)/tot*100:.1f}%")
for r in roots: walk(r,(),1)
for k,t in sorted(agg.items(), key=lambda x:(-x[1])):
    if t/tot>0.003: print('  '*len(k)+f"{t/tot*100:5.1f}% {k[-1]}")
