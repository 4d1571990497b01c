# Requirements scoped out, each with the reason an auditor will read.
# (Obligations on deployers, and those of other EU AI Act tiers, need no
# exclusion: the system's role and its components' tiers already make them
# not applicable.)

exclude eu-ai-act@2026:Art.10(5) because "Neither model processes special categories of personal data, for bias detection or otherwise; fairness testing uses the lenders' declared protected-group statistics in aggregate only."

exclude eu-ai-act@2026:Art.12(3) because "Minimum logging for remote biometric identification systems: neither system identifies people biometrically."

exclude eu-ai-act@2026:Art.14(5) because "Two-person verification applies to remote biometric identification systems only."

exclude soc2@2017:P2.1 because "Lendscore collects no personal data from applicants itself: the lenders, as controllers, give notice and obtain consent (see the CUECs); Lendscore processes on their instructions."

exclude soc2@2017:P3.2 because "No collection relies on Lendscore obtaining explicit consent: lenders collect application data as controllers."
