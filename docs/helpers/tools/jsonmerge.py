#!/usr/bin/env python3
"""jsonmerge.py FILE: resolve a git conflict in a fixture gold.json / meta.json by union of stage 2 (ours) and 3 (theirs) over base 1."""
import json,subprocess,sys
f=sys.argv[1]
def stage(n):
    try: return json.loads(subprocess.check_output(['git','show',f':{n}:{f}']))
    except subprocess.CalledProcessError: return None
base,ours,theirs=stage(1),stage(2),stage(3)
def merge(b,o,t):
    if isinstance(o,dict) and isinstance(t,dict):
        out=dict(o)
        for k,v in t.items():
            if k not in out: out[k]=v
            elif out[k]!=v:
                bv=(b or {}).get(k) if isinstance(b,dict) else None
                if out[k]==bv: out[k]=v
                elif v==bv: pass
                else: out[k]=merge(bv,out[k],v)
        return out
    if isinstance(o,list) and isinstance(t,list):
        if all(isinstance(x,dict) and 'seed' in x for x in o+t):
            seen={x['seed'] for x in o}
            return o+[x for x in t if x['seed'] not in seen]
        return o+[x for x in t if x not in o]
    raise SystemExit(f'conflict I cannot merge: {str(o)[:200]} vs {str(t)[:200]}')
m=merge(base,ours,theirs)
open(f,'w').write(json.dumps(m,ensure_ascii=False,indent=1 if f.endswith('meta.json') else 1)+'\n')
print('merged',f)
