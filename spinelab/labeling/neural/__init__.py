"""A transformer report labeler trained on the rule labeler's output (the CheXbert recipe).

``targets``: the (level, finding) slots and their classes; ``windows``: report text -> token
windows; ``network``: encoder + level/finding query decoder; ``training``: Lightning loop and
``train_report_model``; ``model_labeler``: ``ModelLabeler`` (model alone or combined with rules).
"""
