namespace ProjectOffice.Domain.Plans;

/// <summary>Уровень контроля: КП — куратор, РП — руководитель, АП — администратор проекта.</summary>
public enum ControlLevel
{
    Curator = 1,
    Leader = 2,
    Administrator = 3,
}
