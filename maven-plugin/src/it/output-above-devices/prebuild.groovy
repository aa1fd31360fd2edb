// the json report of an earlier run, where this run writes its own: netlint's, so never a device
new File(basedir, 'netlint.json').text = '{\n  "tool": {"name": "netlint", "version": "0.9"},\n  "devices": []\n}\n'
return true
