using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>The demo projects' names (<see cref="Arrange.ProjectIdAsync"/> finds the seeded one).</summary>
internal static class DemoPlans
{
    public const string Municipal = "Инженерный кластер";
    public const string National = "Успех каждого ребенка";
}
