using GoTrs.Domain.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class SalutationConfiguration : IEntityTypeConfiguration<Salutation>
{
    public void Configure(EntityTypeBuilder<Salutation> builder) => TextBlockMapping.Map(builder, "salutation");
}
