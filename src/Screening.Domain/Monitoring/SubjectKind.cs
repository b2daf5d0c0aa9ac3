namespace Screening.Domain.Monitoring;

public enum SubjectKind
{
    Person,
    Company,
    Vessel,
    Wallet,
}
