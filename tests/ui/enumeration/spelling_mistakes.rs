use btst_runtime::prelude::*;

#[plugin(name = "moderation")]
pub mod moderation {
    use btst_runtime::prelude::*;

    #[enumeration(rename_all = "lower")]
    pub enum Status {
        Pending,
    }

    #[enumeration(rename_all = "lowercase")]
    pub enum Kind {
        InProgress,
        /// `inprogress` too, spelled in lowercase.
        INPROGRESS,
        #[enumeration(rename = "")]
        Empty,
        #[enumeration(rename = "in-progress")]
        Dashed,
        #[enumeration(rename = "in-progress")]
        AlsoDashed,
    }
}

fn main() {
    let _ = moderation::plugin();
}
