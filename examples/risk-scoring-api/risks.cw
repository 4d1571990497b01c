# Risks this system carries. The full AI risk library comes built in later;
# these are the project's own.
risk model-regression "A new model version scores worse than the one it replaces" {
  category accuracy
  touches nist-ai-rmf@1.0:MEASURE-2.5
}

risk unauthorized-model-change "A model reaches production without approval" {
  category change-management
}

risk model-drift "Input data drifts away from the training distribution" {
  category accuracy
  touches nist-ai-rmf@1.0:MEASURE-2.4
}
