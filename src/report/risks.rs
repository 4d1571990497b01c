//! `crosswalk risks`: the risk register as text or JSON.

use std::fmt::Write as _;

use crate::analysis::readiness::{Readiness, RiskReadiness};
use crate::terminal;

/// The register as JSON.
pub fn json(register: &Readiness) -> String {
    super::json(register)
}

/// The register for people: a summary line, then one block per risk.
pub fn text(register: &Readiness) -> String {
    let s = register.summary;
    if s.risks == 0 {
        return "no risk in the register: no component brings one (give components an AI kind such as `model-serving`), and no control mitigates one\n".to_owned();
    }
    let mut out = format!(
        "{} risks ({} brought by components): {} mitigated, {} with residual gaps, {} unmitigated\n",
        s.risks, s.implied, s.mitigated, s.residual_gaps, s.unmitigated
    );
    for risk in &register.risks {
        out.push('\n');
        entry(&mut out, risk);
    }
    out
}

/// One risk; user text is shown with its control characters escaped
/// ([`terminal`]).
fn entry(out: &mut String, risk: &RiskReadiness) {
    let _ = writeln!(
        out,
        "{} — {}  [{}]",
        terminal::line(&risk.risk),
        terminal::line(&risk.title),
        risk.status
    );
    let implied: Vec<String> = risk
        .implied_by
        .iter()
        .map(|i| format!("{} ({})", i.component, i.kind))
        .collect();
    let _ = writeln!(
        out,
        "  implied by:  {}",
        if implied.is_empty() {
            "no component (declared or mitigated by the project)".to_owned()
        } else {
            terminal::line(&implied.join(", ")).into_owned()
        }
    );
    let _ = writeln!(
        out,
        "  controls:    {}",
        if risk.controls.is_empty() {
            "none".to_owned()
        } else {
            terminal::line(&risk.controls.join(", ")).into_owned()
        }
    );
    if risk.frameworks.is_empty() {
        return;
    }
    let _ = writeln!(out, "  residual gaps:");
    let (names, width) =
        super::escaped_column(risk.frameworks.iter().map(|f| f.framework.as_str()));
    for (framework, name) in risk.frameworks.iter().zip(&names) {
        let mut scoped = String::new();
        if framework.excluded > 0 {
            let _ = write!(scoped, ", {} excluded", framework.excluded);
        }
        if framework.not_applicable > 0 {
            let _ = write!(scoped, ", {} not applicable", framework.not_applicable);
        }
        if framework.informative > 0 {
            let _ = write!(scoped, ", {} informative", framework.informative);
        }
        let detail = if let Some(why) = &framework.touches_none {
            format!("touches nothing: {why}")
        } else if framework.gaps.is_empty() {
            format!("none ({} touched{scoped})", framework.touched)
        } else {
            let gaps: Vec<String> = framework
                .gaps
                .iter()
                .map(|g| format!("{} ({})", g.display, g.status))
                .collect();
            format!(
                "{} of {} touched{scoped}: {}",
                gaps.len(),
                framework.touched,
                gaps.join(", ")
            )
        };
        let _ = writeln!(out, "    {name:width$}  {}", terminal::line(&detail));
    }
}
