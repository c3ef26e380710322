#!/usr/bin/env python3
"""samechron.py A.json B.json: are two chronology.json outputs the same (events, ids, dates, reports, actors, topics)?"""
import json,sys
def load(p):
    d=json.load(open(p))
    ev=d.get('events',d)
    out=[]
    for e in ev:
        e=dict(e)
        for k in ('generated','built_at','build','updated'):
            e.pop(k,None)
        out.append(json.dumps(e,sort_keys=True))
    return sorted(out)
a,b=load(sys.argv[1]),load(sys.argv[2])
if a==b: print('IDENTICAL', len(a),'events'); sys.exit(0)
sa,sb=set(a),set(b)
print('DIFFER: %d vs %d events; only-A %d only-B %d'%(len(a),len(b),len(sa-sb),len(sb-sa)))
for x in list(sa-sb)[:3]: print('A:',x[:400])
for x in list(sb-sa)[:3]: print('B:',x[:400])
sys.exit(1)
