namespace Screening.Domain.Names.Romanization;

/// <summary>
/// Arabic given names and name elements in the spellings found on sanctions lists. The canonical key is
/// the ALA-LC / Library of Congress romanization without diacritics ("Muhammad", "Husayn", "Yusuf");
/// the variants are the French-influenced (Maghreb: "Mohamed", "Abdel"), English popular ("Mohammed",
/// "Hussein") and Turkish/Persian-influenced ("Mehmet" is a different name and is not included) forms.
/// Source: ALA-LC Romanization Tables, Arabic (Library of Congress, 2012); BGN/PCGN 1956 system for Arabic.
/// </summary>
internal static class ArabicRomanization
{
    public static readonly IReadOnlyList<(string Canonical, string[] Variants)> Table =
    [
        ("MUHAMMAD", ["MOHAMMED", "MOHAMMAD", "MOHAMED", "MOHAMAD", "MUHAMMED", "MUHAMAD", "MUHAMED", "MOHAMMEDI",
            "MOHD", "MUHD", "MOHAMMADI", "MUHAMMET", "MOHAMMEED", "MUHAMMADU", "MOUHAMED", "MOUHAMMAD", "MOHAMMAT"]),
        ("AHMAD", ["AHMED", "AHMET", "AHMEED", "AHAMED"]),
        ("MAHMUD", ["MAHMOUD", "MAHMOOD", "MEHMOOD", "MAHMOD"]),
        ("HUSAYN", ["HUSAIN", "HUSSEIN", "HUSSAIN", "HOSSEIN", "HUSEIN", "HOSEIN", "HUSSEINI", "HUSAYIN", "HUSSAYN"]),
        ("HASAN", ["HASSAN", "HASAAN", "HASSEN"]),
        ("YUSUF", ["YOUSEF", "YOUSSEF", "YUSEF", "YOUSUF", "YOUSOUF", "JOSEF", "YOSEF", "YUSSUF", "YOUSIF", "YUSIF"]),
        ("ABD", ["ABDUL", "ABDEL", "ABDAL", "ABDOUL", "ABDOL", "ABDU", "ABDO", "ABDUR", "ABDER"]),
        ("ABDALLAH", ["ABDULLAH", "ABDULLA", "ABDALLA", "ABDELLAH", "ABDOULLAH", "ABDULAH"]),
        ("ALI", ["ALY", "ALIY"]),
        ("UMAR", ["OMAR", "OMER", "OUMAR"]),
        ("USAMA", ["OSAMA", "OUSSAMA", "OSSAMA", "USAMAH"]),
        ("UTHMAN", ["OTHMAN", "OSMAN", "USMAN", "OUSMANE", "USMAAN"]),
        ("KHALID", ["KHALED", "KHALEED", "HALID"]),
        ("SAID", ["SAEED", "SAEID", "SAYED", "SAYID", "SAIED"]),
        ("IBRAHIM", ["EBRAHIM", "IBRAHEEM", "IBROHIM"]),
        // جواد: JAWAD, the Persian JAVAD, and JUAD as SDN 26037 lists NASRALLAH, Jawad a.k.a. "NASRALLAH, Juad". Keyed
        // JAVAD, the key the rewrite rules already gave JAWAD (W → V), so its consonant skeleton stays what it was.
        ("JAVAD", ["JAWAD", "JUAD"]),
        ("ISMAIL", ["ISMAEL", "ESMAIL", "ISMAEEL", "SMAIL"]),
        ("MUSTAFA", ["MOSTAFA", "MUSTAPHA", "MOUSTAFA", "MUSTAFAH"]),
        ("JAMAL", ["GAMAL", "DJAMAL", "JAMEL"]),
        ("JAFAR", ["JAAFAR", "JAFFAR", "DJAFAR", "GAAFAR"]),
        ("ABU", ["ABOU", "ABO", "ABUL"]),
        ("BIN", ["BEN", "IBN"]),
        ("ZAYD", ["ZAID", "ZEID", "ZAYED"]),
        ("HAMID", ["HAMEED", "HAMED"]),
        ("RAHMAN", ["REHMAN", "RAHMANE", "RAHMAAN"]),
        ("AZIZ", ["AZEEZ"]),
        ("QASIM", ["QASSEM", "KASSEM", "KASIM", "QASSIM", "QASEM", "GHASEM"]),
        ("NASR", ["NASSER", "NASIR", "NASER", "NASSIR"]),
        ("SALIH", ["SALEH", "SALEEH"]),
        ("MUSA", ["MOUSSA", "MOUSA", "MOOSA", "MUSSA"]),
        ("ISA", ["ISSA", "EISA", "EESA"]),
        ("YAHYA", ["YEHIA", "YAHIA", "YEHYA"]),
        ("ABBAS", ["ABAS"]),
        ("HAMZA", ["HAMZAH"]),
        ("FAYSAL", ["FAISAL", "FEISAL", "FAYCAL"]),
        ("MANSUR", ["MANSOUR", "MANSOOR"]),
        ("NUR", ["NOUR", "NOOR"]),
        ("DIN", ["DEEN", "EDDINE", "UDDIN", "UDDEEN", "EDDIN", "ALDIN", "ELDIN"]),
        ("AL", ["EL", "UL", "AD", "AR", "ASH", "AZ", "AN", "AT", "AS"]),
    ];
}
