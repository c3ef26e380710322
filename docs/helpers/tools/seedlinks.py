#!/usr/bin/env python3
"""seedlinks.py CHRON PRACTICE_GOLD SEEDS_GOLD: practice items whose gold cluster holds seed items: linked right / wrong / missed."""
import json,sys
chron=json.load(open(sys.argv[1])); pg=json.load(open(sys.argv[2])); sg=json.load(open(sys.argv[3]))
def items(g):
    out={}
    for doc in g['documents']:
        for it in doc['items']: out[(doc['seed'],it['line'])]=it['cluster']
    return out
P,S=items(pg),items(sg)
seedclusters={}
for k,c in S.items(): seedclusters.setdefault(c,set()).add(k)
ev={}
for e in chron['events']:
    for r in e['reports']: ev[(r['seed'],r['line'])]=e['id']
made=missed=wrong=0
for k,c in P.items():
    pe=ev.get(k)
    seedev={ev.get(s) for s in seedclusters.get(c,())}
    if c in seedclusters:
        if pe in seedev: made+=1
        else: missed+=1; print('missed',k,c)
    # wrong: practice item joined to a seed event of another gold cluster
    if pe:
        for s,sc in S.items():
            if ev.get(s)==pe and sc!=c: wrong+=1; print('wrong',k,c,'with',s,sc); break
print(f'links to seed events: made {made} of {made+missed}, wrong {wrong}')
