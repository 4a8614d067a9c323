import json, csv

R = {}  # id -> text
LAB = {}  # id -> list of (level, finding, value, uncertain)

LV = ['T12-L1','L1-L2','L2-L3','L3-L4','L4-L5','L5-S1']
LUMB = LV[1:]
C, FL, FR, SL, SR, B, H, M, S = ('canal_stenosis','foraminal_stenosis_left','foraminal_stenosis_right',
    'subarticular_stenosis_left','subarticular_stenosis_right','disc_bulge','disc_herniation','modic','spondylolisthesis')

def bare(lv):
    return [(lv,C,'none',False),(lv,FL,'none',False),(lv,FR,'none',False),(lv,B,'absent',False),(lv,H,'absent',False)]
def listh_absent(levels):
    return [(lv,S,'absent',False) for lv in levels]
def r(lv,f,v,u=False):
    return [(lv,f,v,u)]

# ---------------- 01 teaching case
R[1] = """Lumbar disc extrusion with caudal migration | Radiology case
Case contributed by Dr. A. Placeholder
Presentation: 38-year-old man with acute left leg pain in an S1 distribution after lifting a washing machine.
Patient Data: Age: 38 years  Gender: Male

MRI
Findings:
Normal lumbar lordosis and vertebral alignment. Vertebral body heights are preserved. Conus terminates at L1.
L1-L2 to L3-L4: no disc bulge or herniation. Central canal and neural foramina are patent.
L4-L5: mild disc desiccation with a small diffuse disc bulge. No canal or foraminal stenosis.
L5-S1: large left paracentral disc extrusion migrating caudally behind the S1 vertebral body, compressing the left S1 nerve root in the lateral recess. Severe left subarticular stenosis. Moderate central canal stenosis. The neural foramina are patent.

Case Discussion
This case illustrates a typical large L5-S1 extrusion with caudal migration. Extrusions differ from protrusions in that the fragment is wider than its base in at least one plane. The patient underwent microdiscectomy with good recovery."""
l = listh_absent(LUMB)
for lv in ['L1-L2','L2-L3','L3-L4']: l += bare(lv)
l += r('L4-L5',B,'present') + r('L4-L5',C,'none') + r('L4-L5',FL,'none') + r('L4-L5',FR,'none')
l += r('L5-S1',H,'present') + r('L5-S1',SL,'severe') + r('L5-S1',C,'moderate') + r('L5-S1',FL,'none') + r('L5-S1',FR,'none')
LAB[1] = l

# ---------------- 02 transcription sample, per-level paragraphs
R[2] = """MEDICAL TRANSCRIPTION SAMPLE REPORT
MRI LUMBAR SPINE WITHOUT CONTRAST

EXAM: MRI of the lumbar spine without contrast.

HISTORY: 67-year-old female with low back pain and bilateral leg claudication. Prior L4-5 epidural steroid injection with temporary relief.

TECHNIQUE: Sagittal T1, T2 and STIR, axial T1 and T2 images from T12 through S1.

COMPARISON: None.

FINDINGS: There is a grade 1 degenerative anterolisthesis of L4 on L5 measuring approximately 6 mm. Alignment is otherwise maintained. Vertebral body heights are maintained. Type 2 Modic endplate changes are present at L4-L5. The conus medullaris is normal in signal and terminates at the L1-L2 level.

T12-L1: Unremarkable.

L1-L2: Unremarkable.

L2-L3: Mild disc bulge. Mild facet hypertrophy. No spinal canal stenosis. Mild bilateral neural foraminal narrowing.

L3-L4: Diffuse disc bulge and moderate facet arthropathy with ligamentum flavum thickening result in moderate spinal canal stenosis. Mild to moderate left and mild right neural foraminal stenosis. Mild bilateral lateral recess narrowing.

L4-L5: Uncovering of the disc posteriorly related to the anterolisthesis. Severe facet arthropathy with joint effusions. Severe spinal canal stenosis with near complete effacement of the CSF signal. Severe bilateral subarticular stenosis. Moderate to severe right and moderate left neural foraminal stenosis.

L5-S1: Disc desiccation. Small central disc protrusion without significant spinal canal stenosis. Neural foramina are patent.

IMPRESSION:
1. Grade 1 degenerative anterolisthesis of L4 on L5 with severe spinal canal stenosis and severe bilateral subarticular stenosis, as well as moderate to severe bilateral foraminal stenosis.
2. Moderate spinal canal stenosis at L3-L4.
3. Small L5-S1 central protrusion.

Dictated by: [Radiologist]  Transcribed by: [MT]"""
l = r('L4-L5',S,'present') + listh_absent(['L1-L2','L2-L3','L3-L4','L5-S1'])
l += r('L4-L5',M,'type2')
l += bare('T12-L1') + bare('L1-L2')
l += r('L2-L3',B,'present') + r('L2-L3',C,'none') + r('L2-L3',FL,'mild') + r('L2-L3',FR,'mild')
l += r('L3-L4',B,'present') + r('L3-L4',C,'moderate') + r('L3-L4',FL,'moderate') + r('L3-L4',FR,'mild') + r('L3-L4',SL,'mild') + r('L3-L4',SR,'mild')
l += r('L4-L5',C,'severe') + r('L4-L5',SL,'severe') + r('L4-L5',SR,'severe') + r('L4-L5',FR,'severe') + r('L4-L5',FL,'moderate')
l += r('L5-S1',H,'present') + r('L5-S1',C,'none') + r('L5-S1',FL,'none') + r('L5-S1',FR,'none')
LAB[2] = l

# ---------------- 03 forum post, report pasted inline (lost line breaks)
R[3] = """Title: Just got my MRI results back, can someone translate this into english??

Hi all, 34F, been having lower back pain and numbness down my right leg for about 4 months. Doc ordered an MRI and the report came up on the portal before my follow up so of course Im freaking out lol. Here is what it says (copied exactly):

"FINDINGS: The lumbar vertebral bodies are normal in height and alignment. Marrow signal is within normal limits. The conus ends at T12-L1. L1-2, L2-3 and L3-4 are normal. L4-5: there is a broad based disc bulge with a superimposed right paracentral protrusion which contacts the descending right L5 nerve root. Mild right lateral recess narrowing. No central stenosis. Foramina are patent. L5-S1: Mild disc desiccation without bulge or herniation. No stenosis. IMPRESSION: Right paracentral disc protrusion at L4-5 contacting the right L5 nerve root."

So is this bad?? Will I need surgery? My PT said a herniated disc can heal on its own but I dont know what to beleive anymore. Thanks in advance"""
l = listh_absent(LUMB)
for lv in ['L1-L2','L2-L3','L3-L4']: l += bare(lv)
l += r('L4-L5',B,'present') + r('L4-L5',H,'present') + r('L4-L5',SR,'mild') + r('L4-L5',C,'none') + r('L4-L5',FL,'none') + r('L4-L5',FR,'none')
l += r('L5-S1',B,'absent') + r('L5-S1',H,'absent') + r('L5-S1',C,'none')
LAB[3] = l

# ---------------- 04 Q&A, doctor explains
R[4] = """Q: My MRI report says "L3-L4 and L4-L5 mild diffuse disc bulges without herniation, with mild bilateral foraminal narrowing. L5-S1 shows a small central disc protrusion abutting the thecal sac without stenosis." What does this mean? I am 45 and have had back pain for a year, no leg pain.

A: Answered by a general physician (verified)
Hello, thanks for your query. I have gone through the report you quoted. Disc bulges at L3-4 and L4-5 are very common at your age and are basically age related wear and tear; "mild foraminal narrowing" means the openings where the nerves exit are slightly narrowed, but not enough to pinch the nerve in most people. The small protrusion at L5-S1 is only touching (abutting) the sac that holds the nerves, and the radiologist specifically says there is no stenosis (narrowing) there. In my opinion physiotherapy with core strengthening is the first line. Surgery is not indicated on the basis of this report. Hope this helps, take care."""
l = []
for lv in ['L3-L4','L4-L5']:
    l += r(lv,B,'present') + r(lv,H,'absent') + r(lv,FL,'mild') + r(lv,FR,'mild')
l += r('L5-S1',H,'present') + r('L5-S1',C,'none')
LAB[4] = l

# ---------------- 05 two-line normal
R[5] = """EXAM: MRI lumbar spine w/o contrast. CLINICAL: LBP x 6 wks, r/o HNP.
IMPRESSION: Normal MRI of the lumbar spine."""
l = []
for lv in LUMB: l += bare(lv)
LAB[5] = l

# ---------------- 06 social post, two lines
R[6] = """lol my entire MRI report is literally two lines:
"L4–5: broad-based disc bulge with mild bilateral foraminal narrowing, no canal stenosis. Lumbosacral junction: minimal bulge, canal and foramina patent."
and yet some days I can barely get out of bed. make it make sense"""
l = r('L4-L5',B,'present') + r('L4-L5',FL,'mild') + r('L4-L5',FR,'mild') + r('L4-L5',C,'none')
l += r('L5-S1',B,'present') + r('L5-S1',C,'none') + r('L5-S1',FL,'none') + r('L5-S1',FR,'none')
LAB[6] = l

# ---------------- 07 teaching case: isthmic listhesis
R[7] = """Isthmic spondylolisthesis L5-S1 | Teaching file

Clinical history: 52 year old with chronic low back pain and bilateral L5 radiculopathy.

Findings:
There are bilateral pars interarticularis defects at L5 with grade 2 anterolisthesis of L5 on S1 (approximately 30%). The remaining lumbar alignment is normal.
At L5-S1 there is uncovering of the disc with a broad posterior disc bulge. Severe bilateral neural foraminal stenosis with compression of the exiting L5 nerve roots. The central canal is not narrowed; the spinal canal is actually widened at this level due to the posterior element defect.
Modic type I changes involving the L5 inferior and S1 superior endplates, compatible with active mechanical stress.
L4-L5: mild disc bulge, mild facet arthrosis, no stenosis.
Other levels: normal.

Diagnosis: Isthmic (type II) spondylolisthesis L5-S1 with severe bilateral foraminal stenosis.

Discussion: In isthmic spondylolisthesis the foramina are classically narrowed in a horizontal fashion, as the pedicle of L5 moves forward relative to the S1 superior articular process, whereas the central canal is typically spared."""
l = r('L5-S1',S,'present') + listh_absent(['L1-L2','L2-L3','L3-L4','L4-L5'])
l += r('L5-S1',B,'present') + r('L5-S1',FL,'severe') + r('L5-S1',FR,'severe') + r('L5-S1',C,'none') + r('L5-S1',M,'type1')
l += r('L4-L5',B,'present') + r('L4-L5',C,'none')
for lv in ['L1-L2','L2-L3','L3-L4']: l += bare(lv)
LAB[7] = l

# ---------------- 08 post-op, adjacent segment
R[8] = """MRI LUMBAR SPINE WITH AND WITHOUT CONTRAST

INDICATION: History of L4-S1 posterior fusion in 2017. New right anterior thigh pain.

COMPARISON: MRI 03/2016 (pre-operative), which demonstrated a large L4-5 extrusion and severe canal stenosis at L4-5.

FINDINGS:
Postsurgical changes of posterior spinal fusion from L4 through S1 with bilateral pedicle screws and interbody spacers at L4-5 and L5-S1. Susceptibility artifact from the hardware limits evaluation of the fused levels. Laminectomy defects at L4 and L5. No abnormal enhancing epidural fluid collection.

L4-L5 and L5-S1: No residual or recurrent disc herniation. No central canal stenosis. Neural foramina appear patent allowing for artifact.

L3-L4 (adjacent segment): New grade 1 retrolisthesis of L3 on L4. Circumferential disc bulge and a superimposed right foraminal disc extrusion with cranial migration. Combined with facet hypertrophy there is moderate to severe right neural foraminal stenosis and mild left foraminal stenosis. Mild central canal stenosis.

L2-L3: Mild disc bulge, no significant canal or foraminal narrowing.

L1-L2 and T12-L1 are unremarkable.

IMPRESSION:
1. Adjacent segment degeneration at L3-L4 with a right foraminal disc extrusion causing severe right foraminal stenosis, likely accounting for the patient's symptoms.
2. Postoperative changes L4-S1 without recurrent disc herniation."""
l = []
for lv in ['L4-L5','L5-S1']:
    l += r(lv,H,'absent') + r(lv,C,'none') + r(lv,FL,'none') + r(lv,FR,'none')
l += r('L3-L4',S,'present') + r('L3-L4',B,'present') + r('L3-L4',H,'present') + r('L3-L4',FR,'severe') + r('L3-L4',FL,'mild') + r('L3-L4',C,'mild')
l += r('L2-L3',B,'present') + r('L2-L3',C,'none') + r('L2-L3',FL,'none') + r('L2-L3',FR,'none')
l += bare('L1-L2') + bare('T12-L1')
LAB[8] = l

# ---------------- 09 hedged findings
R[9] = """MRI LUMBAR SPINE

CLINICAL INFORMATION: Back pain, ? left L5 radiculopathy.

FINDINGS:
Alignment is normal. No spondylolisthesis. Minor anterior osteophytes L2-L4.

L1-2, L2-3: no abnormality.
L3-4: Possible small left foraminal disc protrusion, not well seen on the axail images; questionable mild narrowing of the left neural foramen. Right foramen patent. Central canal normal.
L4-5: Shallow disc bulge. Probable tiny annular fissure. Cannot exclude a small left subarticular protrusion contacting the left L5 nerve root; this would be better assessed with dedicated thin axial imaging. No canal stenosis.
L5-S1: No disc bulge or herniation. No stenosis.

IMPRESSION:
Possible small left foraminal protrusion at L3-4 and possible small left subarticular protrusion at L4-5, either of which may account for symptoms. Suggest clinical correlation."""
l = listh_absent(LUMB) + bare('L1-L2') + bare('L2-L3')
l += r('L3-L4',H,'present',True) + r('L3-L4',FL,'mild',True) + r('L3-L4',FR,'none') + r('L3-L4',C,'none')
l += r('L4-L5',B,'present') + r('L4-L5',H,'present',True) + r('L4-L5',C,'none')
l += r('L5-S1',B,'absent') + r('L5-S1',H,'absent') + r('L5-S1',C,'none')
LAB[9] = l

# ---------------- 10 FINDINGS vs IMPRESSION
R[10] = """PROCEDURE: MRI LUMBAR SPINE WITHOUT CONTRAST
HISTROY: Low back pain radiating to both legs, worse with walking.
FINDINGS:
The vertebral bodies are normal in height. There is mild dextroconvex curvature. Alignment is maintained.
L1-L2: No disc bulge. No stenosis.
L2-L3: Mild diffuse disc bulge. Mild narrowing of the central canal. Foramina patent.
L3-L4: Diffuse disc bulge and facet arthropathy. Mild central canal stenosis. Mild left neural foraminal narrowing.
L4-L5: Diffuse disc bulge with a small left paracentral protrusion. Moderate central canal stenosis. Left lateral recess stenosis.
L5-S1: Disc bulge. Mild right foraminal narrowing.
IMPRESSION:
1. Multilevel degenerative changes most pronounced at L4-L5 where there is moderate to severe central canal stenosis and a left paracentral protrusion.
2. Moderate central stenosis at L3-L4.
3. Mild bilateral foraminal narrowing at L5-S1.
4. Mild right foraminal narrowing at L3-L4."""
l = listh_absent(LUMB)
l += r('L1-L2',B,'absent') + r('L1-L2',C,'none')
l += r('L2-L3',B,'present') + r('L2-L3',C,'mild') + r('L2-L3',FL,'none') + r('L2-L3',FR,'none')
l += r('L3-L4',B,'present') + r('L3-L4',C,'mild') + r('L3-L4',FL,'mild') + r('L3-L4',FR,'mild')
l += r('L4-L5',B,'present') + r('L4-L5',H,'present') + r('L4-L5',C,'moderate') + r('L4-L5',SL,'present')
l += r('L5-S1',B,'present') + r('L5-S1',FR,'mild') + r('L5-S1',FL,'mild')
LAB[10] = l

# ---------------- 11 follow-up with prior
R[11] = """MRI LUMBAR SPINE WITHOUT CONTRAST - FOLLOW UP

COMPARISON: MRI lumbar spine 14 months prior.

FINDINGS:
On the prior exam there was a large right paracentral extrusion at L5-S1 with severe right subarticular stenosis. This has substantially regressed in the intervall; there is now a small residual right paracentral protrusion, which no longer compresses the right S1 nerve root. The right lateral recess is now only mildly narrowed. Central canal and foramina are patent at L5-S1.

The mild L4-5 disc bulge is unchanged from the prior study, with unchanged mild bilateral foraminal narrowing. No canal stenosis at L4-5.

Previously seen Modic type 1 change at L5-S1 has converted to type 2 signal.

L1-L2 through L3-L4 are normal. Alignment is normal.

IMPRESSION:
Interval regression of the L5-S1 disc herniation. Stable mild degenerative changes at L4-5."""
l = r('L5-S1',H,'present') + r('L5-S1',SR,'mild') + r('L5-S1',C,'none') + r('L5-S1',FL,'none') + r('L5-S1',FR,'none') + r('L5-S1',M,'type2')
l += r('L4-L5',B,'present') + r('L4-L5',FL,'mild') + r('L4-L5',FR,'mild') + r('L4-L5',C,'none')
for lv in ['L1-L2','L2-L3','L3-L4']: l += bare(lv)
l += listh_absent(LUMB)
LAB[11] = l

# ---------------- 12 teaching case, Modic types
R[12] = """Modic endplate changes - all three types in one patient

Case contributed by (name withheld)
Presentation: Chronic mechanical low back pain. 61 years old, male.

MRI lumbar spine
Multilevel disc degeneration. Note the different endplate signal patterns:
- L2/3: low T1, low T2 signal along the endplates, in keeping with Modic type III (sclerotic endplate change).
- L3/4: high T1 and high T2 signal of the endplates, i.e. fatty endplate marrow change (Modic type II). Small broad-based disc bulge.
- L4/5: low T1, high T2/STIR signal of the adjacent endplates, Modic type I, with a posterior disc protrusion causing mild canal narrowing.
- L5/S1: mixed Modic 1/2 change anteriorly. Disc space markedly reduced. No significant stenosis.
Schmorl node in the superior endplate of L1. No listhesis.

Case discussion
Modic changes were described by Modic et al in 1988. Type 1 represents bone marrow edema and inflammation, type 2 fatty replacement of the marrow and type 3 subchondral sclerosis. Type 1 changes have the strongest association with low back pain."""
l = r('L2-L3',M,'type3') + r('L3-L4',M,'type2') + r('L3-L4',B,'present')
l += r('L4-L5',M,'type1') + r('L4-L5',H,'present') + r('L4-L5',C,'mild')
l += r('L5-S1',M,'type1') + r('L5-S1',C,'none')
l += listh_absent(LUMB)
LAB[12] = l

# ---------------- 13 forum reply, run-on
R[13] = """Re: MRI results - degenerative disc disease at 29??

ok so here's mine, sorry for the formatting i copied it off my phone: "IMPRESSION: 1. mild retrolisthesis L2 on L3 and L3 on L4. 2. L3-L4 disc bulge w/ mild bilat foraminal stenosis, no central stenosis 3. L4-L5 left paracentral disc extrusion with inferior migration, compressing the thecal sac and causing moderate canal stenosis and severe left lateral recess stenosis 4. L5S1 annular fissure, no herniation 5. mild facet arthropathy L3-S1" the neurosurgeon i saw wants to do a microdiscectomy at L4-5 but my pain mgmt doc wants to try another epidural first. my last MRI (2021) only showed a bulge at L45 so this happened fast. anyone had a microD at 29 and how was recovery???"""
l = r('L2-L3',S,'present') + r('L3-L4',S,'present')
l += r('L3-L4',B,'present') + r('L3-L4',FL,'mild') + r('L3-L4',FR,'mild') + r('L3-L4',C,'none')
l += r('L4-L5',H,'present') + r('L4-L5',C,'moderate') + r('L4-L5',SL,'severe')
l += r('L5-S1',H,'absent')
LAB[13] = l

# ---------------- 14 CT lumbar
R[14] = """SAMPLE REPORT: CT LUMBAR SPINE WITHOUT CONTRAST

REASON FOR EXAM: Fall from standing height, back pain. Patient unable to undergo MRI (pacemaker).

TECHNIQUE: Axial CT images of the lumbar spine from T12 to S1 with sagittal and coronal reformations.

FINDINGS: No acute fracture. Vertebral body heights are maintained. There is levoscoliosis of the lumbar spine centered at L2. There is 4 mm anterolisthesis of L4 on L5 secondary to facet arthropathy. Diffuse osteopenia. Vacuum disc phenomenon at L4-5 and L5-S1. Atherosclerotic calcification of the abdominal arota.

Individual levels:
T12-L1: no significant abnormality.
L1-L2: mild disc osteophyte complex without significant stenosis.
L2-L3: disc osteophyte complex, slightly eccentric to the left, causing mild left foraminal narrowing. Canal is patent.
L3-L4: disc osteophyte complex and facet hypertrophy with mild to moderate canal stenosis and moderate bilateral foraminal narrowing.
L4-L5: uncovering of the disc related to the listhesis, severe facet arthropathy, ligamentum flavum thickening. Severe canal stenosis. Moderate to severe bilateral foraminal stenosis, right greater than left.
L5-S1: disc space narrowing and osteophytes. Mild bilateral foraminal narrowing. Canal patent.

IMPRESSION:
1. No acute fracture.
2. Multilevel degenerative disease, most severe at L4-L5 where there is severe canal stenosis and grade 1 anterolisthesis.
3. CT is limited for evaluation of soft tissue disc herniation; MRI could be considered if not contraindicated."""
l = bare('T12-L1')
l += r('L1-L2',B,'present') + r('L1-L2',C,'none')
l += r('L2-L3',B,'present') + r('L2-L3',FL,'mild') + r('L2-L3',C,'none')
l += r('L3-L4',B,'present') + r('L3-L4',C,'moderate') + r('L3-L4',FL,'moderate') + r('L3-L4',FR,'moderate')
l += r('L4-L5',S,'present') + r('L4-L5',C,'severe') + r('L4-L5',FL,'severe') + r('L4-L5',FR,'severe')
l += r('L5-S1',FL,'mild') + r('L5-S1',FR,'mild') + r('L5-S1',C,'none')
LAB[14] = l

# ---------------- 15 teaching: sequestered fragment, far lateral
R[15] = """Sequestered disc fragment L3-L4 (far lateral) - teaching point

History: 44F, acute right anterior thigh pain and quadriceps weakness. Femoral stretch test positive.

Findings: At L3-4 there is a right foraminal and extraforaminal disc extrusion with a sequestered fragment lying in the right neural foramen, severely narrowing the right neural foramen and displacing the exiting right L3 nerve root. The left foramen is normal. The central canal is patent. No significant lateral recess narrowing on either side.
The L4-5 and L5-S1 discs show mild desiccation with small bulges but no focal herniation; no canal, lateral recess or foraminal stenosis at these levels.
The T12-L1 through L2-L3 levels are normal.

Teaching point: far lateral (foraminal/extraforaminal) herniations compress the exiting nerve root rather than the traversing root, and are easily missed if the axial images are not reviewed all the way out laterally."""
l = r('L3-L4',H,'present') + r('L3-L4',FR,'severe') + r('L3-L4',FL,'none') + r('L3-L4',C,'none') + r('L3-L4',SL,'none') + r('L3-L4',SR,'none')
for lv in ['L4-L5','L5-S1']:
    l += r(lv,B,'present') + r(lv,H,'absent') + r(lv,C,'none') + r(lv,SL,'none') + r(lv,SR,'none') + r(lv,FL,'none') + r(lv,FR,'none')
for lv in ['T12-L1','L1-L2','L2-L3']: l += bare(lv)
LAB[15] = l

# ---------------- 16 ranges and lists
R[16] = """MRI LUMBAR SPINE

FINDINGS:
Lumbar alignment is preserved. Vertebral body heights and marrow signal are normal. Conus normal.
Degenerative disc disease from L2-3 through L5-S1 with disc desiccation and mild diffuse disc bulges at each of these levels.
There is mild bilateral foraminal narrowing at L3-4, L4-5 and L5-S1.
No central canal stenosis at any level.
L1-2 is normal.
There is a small central disc protrusion at L5-S1.

IMPRESSION:
Multilevel mild degenerative disc disease, L2-3 through L5-S1, without canal stenosis. Small L5-S1 central protrusion."""
l = listh_absent(LUMB)
for lv in ['L2-L3','L3-L4','L4-L5','L5-S1']: l += r(lv,B,'present')
for lv in ['L3-L4','L4-L5','L5-S1']: l += r(lv,FL,'mild') + r(lv,FR,'mild')
for lv in LUMB: l += r(lv,C,'none')
l += r('L1-L2',FL,'none') + r('L1-L2',FR,'none') + r('L1-L2',B,'absent') + r('L1-L2',H,'absent')
l += r('L5-S1',H,'present')
LAB[16] = l

# ---------------- 17 social post
R[17] = """Update for those who asked: the MRI report says "mild to moderate central canal stenosis at L4/5 due to disc bulge and facet hypertrophy; severe left foraminal stenosis at L5/S1 with impingement of the exiting left L5 nerve root; right L5/S1 foramen mildly narrowed." Surgeon consult is March 3. Keeping my fingers crossed 🤞 #spinalstenosis #chronicpain #backpainsucks"""
l = r('L4-L5',C,'moderate') + r('L4-L5',B,'present') + r('L5-S1',FL,'severe') + r('L5-S1',FR,'mild')
LAB[17] = l

# ---------------- 18 Q&A non-compressive
R[18] = """Question: What does "non-compressive" mean on my MRI?
My report: "L4-L5: Disc desiccation with a posterior annular bulge causing non-compressive narrowing of the left neural foramen. The right foramen is patent. L5-S1: Small posterior disc osteophyte complex indenting the ventral thecal sac. No nerve root compression. Rest of the study is unremarkable." My GP said its nothing serious but the pain is real.

Doctor's answer:
Dear user, I understand your concern. "Non-compressive" means that although the left foramen at L4-L5 is a little narrower than normal, the nerve passing through it is not being squeezed. At L5-S1 the disc-osteophyte complex only indents (touches) the front of the sac around the nerves, without squeezing anything. So your GP is correct that the MRI does not show nerve compression. Pain can still arise from the disc itself (discogenic pain) or from the facet joints, and a physiatrist can help sort out which. I would suggest a course of supervised physiotherapy first."""
l = r('L4-L5',B,'present') + r('L4-L5',FL,'none') + r('L4-L5',FR,'none') + r('L5-S1',B,'present')
for lv in ['L1-L2','L2-L3','L3-L4']: l += bare(lv)
LAB[18] = l

# ---------------- 19 recurrent disc, remaining levels
R[19] = """EXAMINATION: MRI LUMBAR SPINE WITHOUT CONTRAST
CLINICAL HISTORY: 58-year-old male with right-sided sciatica. Status post right L5-S1 microdiscectomy in 2015.
TECHNIQUE: Multiplanar multisequence MRI of the lumbar spine was performed without intravenous contrast.
FINDINGS: There are five lumbar-type vertebral bodies. Normal lordosis. No spondylolisthesis. Vertebral body heights are preserved. The conus medullaris terminates at L1 and is normal.
L5-S1: Postoperative changes of right hemilaminotomy. There is a moderate-sized recurrant right paracentral disc extrusion, compressing the right S1 nerve root in the lateral recess, with severe right lateral recess stenosis. Epidural fibrosis surrounds the right S1 root. Mild left and moderate right foraminal stenosis. Mild central canal narrowing.
L4-L5: Broad-based disc bulge and facet arthropathy with mild bilateral foraminal stenosis. No central canal stenosis.
The remaining levels are unremarkable.
IMPRESSION: Recurrent right paracentral disc extrusion at L5-S1 with severe right lateral recess stenosis and S1 nerve root compression."""
l = listh_absent(LUMB)
l += r('L5-S1',H,'present') + r('L5-S1',SR,'severe') + r('L5-S1',FL,'mild') + r('L5-S1',FR,'moderate') + r('L5-S1',C,'mild')
l += r('L4-L5',B,'present') + r('L4-L5',FL,'mild') + r('L4-L5',FR,'mild') + r('L4-L5',C,'none')
for lv in ['L1-L2','L2-L3','L3-L4']: l += bare(lv)
LAB[19] = l

# ---------------- 20 whole spine screening
R[20] = """MRI WHOLE SPINE (SCREENING) - transcription sample

INDICATION: Known metastatic breast cancer. Evaluate for cord compression.

FINDINGS:
Cervical spine: C5-6 and C6-7 disc osteophyte complexes with moderate canal stenosis at C5-6 and severe left foraminal stenosis at C6-7. No cord signal abnormality.
Thoracic spine: Small T7-8 central protrusion without cord compression. Multiple T1 hypointense lesions in the T4, T9 and T11 vertebral bodies consistent with metastases. No epidural extension.
Lumbar spine: Metastatic lesion in the L2 vertebral body without pathologic fracture. Mild disc bulging at T12-L1 and L4-L5. Small right foraminal protrusion at L3-L4 with mild right foraminal narrowing. No lumbar canal stenosis. Normal alignment.

IMPRESSION:
1. Osseous metastases at T4, T9, T11 and L2. No epidural disease or cord compression.
2. Degenerative changes, most notable at C5-6 (moderate canal stenosis) and C6-7 (severe left foraminal stenosis)."""
l = r('T12-L1',B,'present') + r('L4-L5',B,'present') + r('L3-L4',H,'present') + r('L3-L4',FR,'mild')
for lv in LUMB: l += r(lv,C,'none')
l += listh_absent(LUMB)
LAB[20] = l

# ---------------- 21 unqualified "stenosis"
R[21] = """LUMBAR SPINE MRI

Findings: There is multilevel spondylosis. At L3-L4 there is a diffuse disc bulge with moderate stenosis. At L4 L5 there is a disc bulge and bilateral facet hypertrophy producing severe stenosis, with bilateral lateral recess narrowing; the L5 roots are crowded. At L5-S1 there is mild bilateral neural foraminal encroachment by a disc osteophyte complex but no central stenosis. The L1-L2 and L2-L3 levels show no disc herniation or stenosis. Moderate fatty endplate marrow change at L4-L5.

Impression: Lumbar spondylosis with severe stenosis at L4-L5 and moderate stenosis at L3-L4."""
l = r('L3-L4',B,'present') + r('L3-L4',C,'moderate')
l += r('L4-L5',B,'present') + r('L4-L5',C,'severe') + r('L4-L5',SL,'present') + r('L4-L5',SR,'present') + r('L4-L5',M,'type2')
l += r('L5-S1',FL,'mild') + r('L5-S1',FR,'mild') + r('L5-S1',B,'present') + r('L5-S1',C,'none')
for lv in ['L1-L2','L2-L3']: l += r(lv,H,'absent') + r(lv,C,'none')
LAB[21] = l

# ---------------- 22 thecal sac / nerve root (rule 5b)
R[22] = """MRI OF THE LUMBAR SPINE WITHOUT CONTRAST

CLINICAL: Left buttock and leg pain in L5 distribution. No prior imaging.

FINDINGS:
Vertebral alignment is normal. Vertebral body heights and disc spaces are preserved excpet for mild disc space narrowing at L4-5.
T12-L1 through L3-L4: No disc herniation, canal stenosis or foraminal narrowing.
L4-L5: There is a left paracentral disc protrusion which effaces the ventral epidural fat and flattens the left ventral aspect of the thecal sac. The protrusion contacts and mildly posteriorly displaces the traversing left L5 nerve root. The central canal is otherwise of normal caliber. Neural foramina are widely patent.
L5-S1: Minimal disc bulge, abutting the thecal sac. Facets are normal. The exiting L5 nerve roots are free.

IMPRESSION:
Left paracentral protrusion at L4-L5 contacting the traversing left L5 nerve root. No significant spinal canal or foraminal stenosis in the lumbar spine."""
l = listh_absent(LUMB)
for lv in ['T12-L1','L1-L2','L2-L3','L3-L4']:
    l += r(lv,H,'absent') + r(lv,C,'none') + r(lv,FL,'none') + r(lv,FR,'none')
l += r('L4-L5',H,'present') + r('L4-L5',C,'none') + r('L4-L5',FL,'none') + r('L4-L5',FR,'none')
l += r('L5-S1',B,'present') + r('L5-S1',C,'none') + r('L5-S1',FL,'none') + r('L5-S1',FR,'none')
LAB[22] = l

# ---------------- 23 forum: bulging or protrusion
R[23] = """From a patient forum, thread title "MRI report - confusing wording"

My MRI report (I removed my name and the hospital):

MRI LUMBAR SPINE
Findings:
Alignment: Normal.
L1/L2 and L2/L3: No evidence of disc bulge, protrusion or stenosis.
L3/L4: Disc bulging or small broad protrusion, without significant canal or foraminal narrowing.
L4/L5: Small left foraminal disc protrusion with moderate left foraminal narrowing; the protrusion likely contacts the exiting left L4 nerve root. No right foraminal narrowing. Mild canal stenosis.
L5/S1: Annular bulge. The canal is not narrowed; suspected mild bilateral subarticular narrowing, right more than left.

Conclusion:
Left foraminal protrusion at L4/L5 with moderate left foraminal narrowing. Probable early disc degeneration at L3/L4.

What's the difference between a bulge and a protrusion?? And why cant they decide which one I have at L3/L4 lol"""
l = listh_absent(LUMB)
for lv in ['L1-L2','L2-L3']: l += r(lv,B,'absent') + r(lv,H,'absent') + r(lv,C,'none')
l += r('L3-L4',B,'present',True) + r('L3-L4',H,'present',True) + r('L3-L4',C,'none') + r('L3-L4',FL,'none') + r('L3-L4',FR,'none')
l += r('L4-L5',H,'present') + r('L4-L5',FL,'moderate') + r('L4-L5',FR,'none') + r('L4-L5',C,'mild')
l += r('L5-S1',B,'present') + r('L5-S1',C,'none') + r('L5-S1',SL,'mild',True) + r('L5-S1',SR,'mild',True)
LAB[23] = l

# ---------------- 24 long, table layout
R[24] = """MAGNETIC RESONANCE IMAGING - LUMBAR SPINE
(sample report posted on a transcription training site; all identifiers fictitious)

Patient: DOE, JANE   MRN: 000000   DOB: 01/01/1950
Referring: Dr. Placeholder
Exam date: [redacted]

CLINICAL INDICATION: 74F with neurogenic claudication, walking tolerance 50 meters. Evaluate for spinal stenosis prior to possible L3-L5 decompression.

TECHNIQUE: Sagittal T1, T2, STIR; axial T2 L1 through S1. No contrast.

COMPARISON: Lumbar spine radiographs from 2 years ago showed mild anterolisthesis at L4-5. No prior MRI.

FINDINGS:
Alignment: Grade 1 anterolisthesis of L4 on L5, approximately 5 mm, likely degenerative. Mild retrolisthesis of L2 on L3. Alignment otherwise normal.
Vertebrae: Heights maintained. Modic type 2 endplate changes at L2-L3 and L4-L5. Small Schmorl's nodes at several levels. No marrow replacing lesion.
Conus: Terminates at L1, normal.

Level-by-level:
LEVEL    | DISC                        | CANAL            | L FORAMEN       | R FORAMEN
T12-L1   | normal                      | normal           | normal          | normal
L1-L2    | mild bulge                  | normal           | normal          | normal
L2-L3    | bulge + small L protrusion  | mild             | mild            | patent
L3-L4    | diffuse bulge               | moderate-severe  | moderate        | mild-moderate
L4-L5    | bulge, uncovered disc       | severe           | severe          | moderate
L5-S1    | desiccated, no bulge        | patent           | mild            | mild

Additional comments: At L3-L4 and L4-L5 there is marked facet hypertrophy and ligamentum flavum thickening contributing to the canal narrowing, with severe bilateral lateral recess stenosis at L4-L5 and moderate bilateral lateral recess stenosis at L3-L4. At L4-L5 the cauda equina nerve roots are redundant above the level of stenosis. Small synovial cyst arising from the right L4-5 facet, not contributing to stenosis.

IMPRESSION:
1. Severe multifactorial central canal stenosis at L4-L5 in the setting of grade 1 degenerative anterolisthesis, with severe bilateral lateral recess stenosis and severe left/moderate right foraminal stenosis.
2. Moderate to severe canal stenosis at L3-L4.
3. Multilevel Modic type 2 changes. Mild stenosis at L2-L3 with a small left protrusion.
4. Compared with the prior radiographs, the L4-5 anterolisthesis appears similar."""
l = r('L4-L5',S,'present') + r('L2-L3',S,'present') + listh_absent(['L1-L2','L3-L4','L5-S1'])
l += r('L2-L3',M,'type2') + r('L4-L5',M,'type2')
l += bare('T12-L1')
l += r('L1-L2',B,'present') + r('L1-L2',C,'none') + r('L1-L2',FL,'none') + r('L1-L2',FR,'none')
l += r('L2-L3',B,'present') + r('L2-L3',H,'present') + r('L2-L3',C,'mild') + r('L2-L3',FL,'mild') + r('L2-L3',FR,'none')
l += r('L3-L4',B,'present') + r('L3-L4',C,'severe') + r('L3-L4',FL,'moderate') + r('L3-L4',FR,'moderate') + r('L3-L4',SL,'moderate') + r('L3-L4',SR,'moderate')
l += r('L4-L5',B,'present') + r('L4-L5',C,'severe') + r('L4-L5',FL,'severe') + r('L4-L5',FR,'moderate') + r('L4-L5',SL,'severe') + r('L4-L5',SR,'severe')
l += r('L5-S1',B,'absent') + r('L5-S1',C,'none') + r('L5-S1',FL,'mild') + r('L5-S1',FR,'mild')
LAB[24] = l

# ---------------- write
assert sorted(R) == list(range(1,25)) and sorted(LAB) == list(range(1,25))
with open('/tmp/blind/setKQ/reports.jsonl','w') as f:
    for i in range(1,25):
        f.write(json.dumps({"report_id": f"heldKQ-{i:02d}", "source": "handwritten-KQ", "text": R[i]}, ensure_ascii=False) + "\n")
order = {lv:k for k,lv in enumerate(LV)}
fo = [C,FL,FR,SL,SR,B,H,M,S]
with open('/tmp/blind/setKQ/labels.csv','w',newline='') as f:
    w = csv.writer(f)
    w.writerow(['report_id','level','finding','value','uncertain'])
    for i in range(1,25):
        seen = set()
        for (lv,fi,v,u) in sorted(LAB[i], key=lambda t:(order[t[0]], fo.index(t[1]))):
            k = (lv,fi)
            assert k not in seen, (i,k)
            seen.add(k)
            w.writerow([f"heldKQ-{i:02d}", lv, fi, v, 'true' if u else 'false'])
