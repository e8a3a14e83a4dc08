"""Attribution: who is reported as saying, writing, believing or intending what (stage `quotes`).

Modules by job: `marks` (quotation marks), `speakers` (source phrase -> entity), `stage` (finding
cues and their content, grouping passages into attributions).
"""
